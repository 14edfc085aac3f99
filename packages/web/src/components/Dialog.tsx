import { type ReactNode, useEffect, useId, useRef } from 'react';
import { useLocale } from '../i18n/LocaleContext';
import { common } from '../i18n/strings/common';
import './Dialog.css';

interface DialogProps {
  title: string;
  onClose(): void;
  children: ReactNode;
  testId?: string;
}

/**
 * A modal on the native <dialog>: the browser keeps focus inside, makes the page behind inert and
 * closes it with Escape. Rendered only while open; focus returns to what opened it.
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
    <dialog ref={ref} className="dialog" aria-labelledby={titleId} data-testid={testId}>
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
