import type { ReactNode } from 'react';
import { useLocale } from '../i18n/LocaleContext';
import { common } from '../i18n/strings/common';
import './Notice.css';

interface NoticeProps {
  tone: 'error' | 'warning' | 'info' | 'success';
  children: ReactNode;
  onDismiss?: () => void;
  testId?: string;
}

/** A message box; errors are announced to screen readers as they appear. */
export function Notice({ tone, children, onDismiss, testId }: NoticeProps) {
  const { t } = useLocale();
  return (
    <div className={`notice notice--${tone}`} role={tone === 'error' ? 'alert' : 'status'} data-testid={testId}>
      <div className="notice__body">{children}</div>
      {onDismiss && (
        <button type="button" className="notice__dismiss" onClick={onDismiss} aria-label={t(common.dismiss)}>
          ×
        </button>
      )}
    </div>
  );
}
