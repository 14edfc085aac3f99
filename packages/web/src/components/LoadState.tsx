import { useLocale } from '../i18n/LocaleContext';
import { common } from '../i18n/strings/common';
import { ErrorNotice } from './ErrorNotice';

interface LoadStateProps {
  error: unknown;
  onRetry: () => void;
}

/** What a page shows before its data arrives: a quiet loading line, or the error with a reload button. */
export function LoadState({ error, onRetry }: LoadStateProps) {
  const { t } = useLocale();
  if (error) {
    return (
      <div className="stack">
        <ErrorNotice error={error} />
        <div>
          <button type="button" className="button" onClick={onRetry}>
            {t(common.retryLoad)}
          </button>
        </div>
      </div>
    );
  }
  return (
    <p className="loading" aria-live="polite">
      {t(common.loading)}
    </p>
  );
}
