import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef } from 'react';
import { useLocale } from '../i18n/LocaleContext';
import { common } from '../i18n/strings/common';
import './Dialog.css';

interface DialogProps {
  title: string;
  onClose(): void;
  children: ReactNode;
  testId?: string;
}

const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * Tab from the last control goes to the first, Shift+Tab from the first to the last: a modal <dialog> makes
 * the page behind inert, but Chromium still lets Tab leave the page for the browser's own toolbar.
 */
function keepFocusInside(event: KeyboardEvent<HTMLDialogElement>): void {
  if (event.key !== 'Tab') return;
  const controls = [...event.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const first = controls[0];
  const last = controls[controls.length - 1];
  if (!first || !last) return;
  const active = document.activeElement;
  if (event.shiftKey && (active === first || !event.currentTarget.contains(active))) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}

/**
 * A modal on the native <dialog>: the browser makes the page behind inert and closes it with Escape; Tab
 * cycles inside it. Rendered only while open; focus returns to what opened it.
 */
export function Dialog({ title, onClose, children, testId }: DialogProps) {
  const { t } = useLocale();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    // A stale `close` (queued by a previous cleanup, e.g. StrictMode's second run) finds the dialog open again.
    const closed = () => {
      if (!dialog.open) onCloseRef.current();
    };
    dialog.addEventListener('close', closed);
    return () => {
      dialog.removeEventListener('close', closed);
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog ref={ref} className="dialog" aria-labelledby={titleId} data-testid={testId} onKeyDown={keepFocusInside}>
      <div className="dialog__header">
        <h2 id={titleId} className="dialog__title">
          {title}
        </h2>
        <button
          type="button"
          className="dialog__close"
          onClick={onClose}
          aria-label={t(common.dismiss)}
          data-testid={testId ? `${testId}-close` : undefined}
        >
          ×
        </button>
      </div>
      <div className="dialog__body">{children}</div>
    </dialog>
  );
}
