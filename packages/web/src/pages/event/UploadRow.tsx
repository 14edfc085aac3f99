import { formatBytes } from '@furikaeri/core';
import { ApiError } from '../../api/errors';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ProgressBar } from '../../components/ProgressBar';
import { useLocale } from '../../i18n/LocaleContext';
import { importArea } from '../../i18n/strings/event';
import { href } from '../../router/routes';
import { recordingElementId } from './RecordingCard';
import type { UploadItem } from './useUploads';

interface UploadRowProps {
  item: UploadItem;
  eventId: string;
  onCancel(): void;
  onDismiss(): void;
}

/** The same file was imported before: point at it rather than importing twice. */
function DuplicateLink({ error, eventId }: { error: ApiError; eventId: string }) {
  const { t } = useLocale();
  const { recordingId, eventId: otherEventId } = error.details;
  if (typeof otherEventId !== 'string') return null;
  if (otherEventId !== eventId || typeof recordingId !== 'string') {
    return (
      <a className="button button--quiet" href={href.event(otherEventId)} data-testid="duplicate-link">
        {t(importArea.openDuplicate)}
      </a>
    );
  }
  const show = () => {
    const element = document.getElementById(recordingElementId(recordingId));
    element?.scrollIntoView({ behavior: 'smooth', block: 'center' });
    element?.focus({ preventScroll: true });
  };
  return (
    <button type="button" className="button button--quiet" onClick={show} data-testid="duplicate-link">
      {t(importArea.showDuplicate)}
    </button>
  );
}

export function UploadRow({ item, eventId, onCancel, onDismiss }: UploadRowProps) {
  const { t } = useLocale();
  const duplicate = item.error instanceof ApiError && item.error.code === 'duplicate' ? item.error : null;
  return (
    <li className="upload-row" data-testid="upload-row" data-status={item.status}>
      <div className="upload-row__header">
        <span className="upload-row__name">{item.name}</span>
        <span className="meta-text">{formatBytes(item.size)}</span>
        {item.status !== 'failed' && (
          <button type="button" className="button button--quiet button--small" onClick={onCancel}>
            {t(importArea.cancelUpload)}
          </button>
        )}
      </div>
      {item.status === 'uploading' && (
        <ProgressBar
          value={item.size > 0 ? item.loaded / item.size : null}
          label={`${t(importArea.uploading)}: ${item.name}`}
          testId="upload-progress"
        />
      )}
      {item.status === 'queued' && <p className="meta-text">{t(importArea.queued)}</p>}
      {item.status === 'failed' && (
        <div className="upload-row__error">
          <ErrorNotice error={item.error} onDismiss={onDismiss} testId="upload-error" />
          <div className="upload-row__after-error">
            <span className="meta-text">{t(importArea.nothingAdded)}</span>
            {duplicate && <DuplicateLink error={duplicate} eventId={eventId} />}
          </div>
        </div>
      )}
    </li>
  );
}
