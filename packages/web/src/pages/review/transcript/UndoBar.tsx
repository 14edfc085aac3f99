import { ErrorNotice } from '../../../components/ErrorNotice';
import { useLocale } from '../../../i18n/LocaleContext';
import { reviewText } from '../../../i18n/strings/review';

interface UndoBarProps {
  undoSteps: number;
  busy: boolean;
  error: unknown;
  onUndo(): void;
  onDismissError(): void;
}

/** Undo (server-side history: it survives a reload) and the last edit's error, beside the transcript title. */
export function UndoBar({ undoSteps, busy, error, onUndo, onDismissError }: UndoBarProps) {
  const { t } = useLocale();
  return (
    <div className="undo-bar">
      <button
        type="button"
        className="button"
        onClick={onUndo}
        disabled={busy || undoSteps === 0}
        aria-keyshortcuts="Control+Z Meta+Z"
        data-testid="undo"
      >
        <span aria-hidden="true">↶</span>
        {t(undoSteps > 0 ? reviewText.undoCount(undoSteps) : reviewText.undo)}
      </button>
      <ErrorNotice error={error} onDismiss={onDismissError} testId="edit-error" />
    </div>
  );
}
