import { useEffect, useId, useRef, useState } from 'react';
import { useLocale } from '../i18n/LocaleContext';
import { common } from '../i18n/strings/common';

interface ConfirmButtonProps {
  label: string;
  /** The question asked before acting, e.g. "この録音を削除しますか？". */
  question: string;
  onConfirm: () => void | Promise<void>;
  disabled?: boolean;
  testId?: string;
}

/**
 * A destructive action that asks first, inline (no modal `confirm()`): the first press shows the
 * question with "Delete" / "Keep", focus moves to "Keep" so Enter never deletes by accident.
 */
export function ConfirmButton({ label, question, onConfirm, disabled, testId }: ConfirmButtonProps) {
  const { t } = useLocale();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const keepRef = useRef<HTMLButtonElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const questionId = useId();

  useEffect(() => {
    if (asking) keepRef.current?.focus();
  }, [asking]);

  const confirm = async () => {
    setBusy(true);
    try {
      await onConfirm();
    } finally {
      setBusy(false);
      setAsking(false);
    }
  };

  const keep = () => {
    setAsking(false);
    requestAnimationFrame(() => triggerRef.current?.focus());
  };

  if (!asking) {
    return (
      <button
        ref={triggerRef}
        type="button"
        className="button button--danger-quiet"
        onClick={() => setAsking(true)}
        disabled={disabled}
        data-testid={testId}
      >
        {label}
      </button>
    );
  }
  return (
    <span className="confirm">
      <span className="confirm__question" id={questionId}>
        {question}
      </span>
      <button
        type="button"
        className="button button--danger"
        aria-describedby={questionId}
        onClick={confirm}
        disabled={busy}
        data-testid={testId ? `${testId}-confirm` : undefined}
      >
        {t(common.confirmDelete)}
      </button>
      <button
        ref={keepRef}
        type="button"
        className="button"
        aria-describedby={questionId}
        onClick={keep}
        disabled={busy}
      >
        {t(common.keep)}
      </button>
    </span>
  );
}
