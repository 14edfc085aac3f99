import { type ReactNode, useId } from 'react';

interface SectionProps {
  title: string;
  count?: number;
  /** Drawn as a white card (forms, panels) rather than open on the page background. */
  card?: boolean;
  actions?: ReactNode;
  children: ReactNode;
  testId?: string;
}

/** A titled region of a page; the heading names the region for assistive technology. */
export function Section({ title, count, card, actions, children, testId }: SectionProps) {
  const headingId = useId();
  return (
    <section className={card ? 'section card' : 'section'} aria-labelledby={headingId} data-testid={testId}>
      <div className="section__header">
        <h2 id={headingId}>
          {title}
          {count !== undefined && <span className="section__count">{count}</span>}
        </h2>
        {actions && <div className="section__actions">{actions}</div>}
      </div>
      {children}
    </section>
  );
}
