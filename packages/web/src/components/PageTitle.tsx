import { type ReactNode, useEffect, useRef } from 'react';

interface PageTitleProps {
  title: string;
  lead?: ReactNode;
  /** Badges or actions beside the title. */
  aside?: ReactNode;
}

/**
 * The page's <h1>. It takes focus when the page opens so keyboard and screen-reader users start at the
 * top of the new screen after following a link (the hash router does not reload the page).
 */
export function PageTitle({ title, lead, aside }: PageTitleProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} — furikaeri`;
  }, [title]);
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
  }, []);
  return (
    <header className="page-title">
      <div className="page-title__row">
        <h1 ref={ref} tabIndex={-1}>
          {title}
        </h1>
        {aside && <div className="page-title__aside">{aside}</div>}
      </div>
      {lead && <div className="page-title__lead">{lead}</div>}
    </header>
  );
}
