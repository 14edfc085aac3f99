import { toMessage } from '../api/errors';
import { useLocale } from '../i18n/LocaleContext';
import { Notice } from './Notice';

interface ErrorNoticeProps {
  error: unknown;
  onDismiss?: () => void;
  testId?: string;
}

/** The server's own explanation of what went wrong, in the current language. */
export function ErrorNotice({ error, onDismiss, testId }: ErrorNoticeProps) {
  const { t } = useLocale();
  if (error === null || error === undefined) return null;
  return (
    <Notice tone="error" onDismiss={onDismiss} testId={testId ?? 'error-notice'}>
      <p>{t(toMessage(error))}</p>
    </Notice>
  );
}
