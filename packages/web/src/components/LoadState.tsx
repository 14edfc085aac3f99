import { ApiError } from '../api/errors';
import { useLocale } from '../i18n/LocaleContext';
import { common, screens } from '../i18n/strings/common';
import { href } from '../router/routes';
import { ErrorNotice } from './ErrorNotice';

interface LoadStateProps {
  error: unknown;
  onRetry: () => void;
}

/**
 * What a page shows before its data arrives: a quiet loading line, or the error with a reload button. What
 * is gone (a deleted company, a mistyped id) will not come back on reloading: it gets the way back to the
 * library instead, so the page is never a dead end.
 */
export function LoadState({ error, onRetry }: LoadStateProps) {
  const { t } = useLocale();
  if (error) {
    const gone = error instanceof ApiError && error.status === 404;
    return (
      <div className="stack" data-testid="load-error">
        <ErrorNotice error={error} />
        <div className="form__actions">
          {gone ? (
            <a className="button button--primary" href={href.home()} data-testid="back-to-library">
              {t(screens.backHome)}
            </a>
          ) : (
            <>
              <button type="button" className="button" onClick={onRetry}>
                {t(common.retryLoad)}
              </button>
              <a className="button button--quiet" href={href.home()} data-testid="back-to-library">
                {t(screens.backHome)}
              </a>
            </>
          )}
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
