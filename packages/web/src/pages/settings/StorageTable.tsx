import { formatBytes, formatDuration } from '@furikaeri/core';
import type { StoredRecording } from '../../api/storage';
import { useLocale } from '../../i18n/LocaleContext';
import { settingsText } from '../../i18n/strings/settings';
import { href } from '../../router/routes';

/** Each recording with its size on disk, largest first, and a link to its event. */
export function StorageTable({ recordings }: { recordings: StoredRecording[] }) {
  const { t } = useLocale();
  if (recordings.length === 0) {
    return (
      <p className="empty" data-testid="storage-empty">
        {t(settingsText.noRecordings)}
      </p>
    );
  }
  const largestFirst = [...recordings].sort((a, b) => b.storedBytes - a.storedBytes);
  return (
    <div className="storage-table__scroll">
      <table className="storage-table" data-testid="storage-table">
        <caption>{t(settingsText.perRecording)}</caption>
        <thead>
          <tr>
            <th scope="col">{t(settingsText.fileName)}</th>
            <th scope="col" className="storage-table__number">
              {t(settingsText.length)}
            </th>
            <th scope="col" className="storage-table__number">
              {t(settingsText.size)}
            </th>
          </tr>
        </thead>
        <tbody>
          {largestFirst.map((recording) => (
            <tr key={recording.id} data-testid="storage-row">
              <th scope="row">
                <a
                  href={href.event(recording.eventId)}
                  title={t(settingsText.openEventOf(recording.originalName))}
                  data-testid="storage-event-link"
                >
                  {recording.originalName}
                </a>
              </th>
              <td className="storage-table__number">
                {recording.durationMs === null ? '—' : formatDuration(recording.durationMs)}
              </td>
              <td className="storage-table__number" data-testid="storage-row-size">
                {formatBytes(recording.storedBytes)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
