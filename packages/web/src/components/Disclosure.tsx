import { type ReactNode, useId, useState } from 'react';
import './Disclosure.css';

interface DisclosureProps {
  title: string;
  defaultOpen: boolean;
  children: ReactNode;
  testId?: string;
}

/** A card whose heading is a button that shows or hides a form, so long forms stay out of the way. */
export function Disclosure({ title, defaultOpen, children, testId }: DisclosureProps) {
  const [open, setOpen] = useState(defaultOpen);
  const panelId = useId();
  return (
    <section className="section card disclosure" data-testid={testId} data-open={open}>
      <h2 className="disclosure__heading">
        <button
          type="button"
          className="disclosure__toggle"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen(!open)}
          data-testid={testId ? `${testId}-toggle` : undefined}
        >
          <span className="disclosure__icon" aria-hidden="true">
            {open ? '−' : '+'}
          </span>
          {title}
        </button>
      </h2>
      <div id={panelId} hidden={!open}>
        {children}
      </div>
    </section>
  );
}
