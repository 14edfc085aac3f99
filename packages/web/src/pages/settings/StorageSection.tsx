import { formatBytes } from '@furikaeri/core';
import { vaultApi } from '../../api/vault';
import { LoadState } from '../../components/LoadState';
import { Section } from '../../components/Section';
import { useResource } from '../../hooks/useResource';
import { useLocale } from '../../i18n/LocaleContext';
import { settingsText } from '../../i18n/strings/settings';
import { StorageTable } from './StorageTable';

/** Where the library lives and how much room it takes, so the user can decide what to keep. */
export function StorageSection() {
  const { t } = useLocale();
  const storage = useResource('storage', vaultApi.storage);
  const report = storage.data;

  return (
    <Section title={t(settingsText.storageTitle)} card testId="storage-section">
      {!report ? (
        <LoadState error={storage.error} onRetry={storage.reload} />
      ) : (
        <>
          <div className="storage-folder">
            <span className="storage-folder__label">{t(settingsText.dataDir)}</span>
            <code className="storage-folder__path" data-testid="storage-data-dir">
              {report.dataDir}
            </code>
            <span className="field__hint">{t(settingsText.storageHint)}</span>
          </div>
          <dl className="storage-totals">
            <div>
              <dt>{t(settingsText.database)}</dt>
              <dd data-testid="storage-database">{formatBytes(report.databaseBytes)}</dd>
            </div>
            <div>
              <dt>{t(settingsText.audio)}</dt>
              <dd data-testid="storage-audio">{formatBytes(report.audioBytes)}</dd>
            </div>
            {report.unfinished.files > 0 && (
              <div data-testid="storage-unfinished">
                <dt>{t(settingsText.unfinished(report.unfinished.files))}</dt>
                <dd>{formatBytes(report.unfinished.bytes)}</dd>
              </div>
            )}
            <div className="storage-totals__total">
              <dt>{t(settingsText.total)}</dt>
              <dd data-testid="storage-total">{formatBytes(report.totalBytes)}</dd>
            </div>
          </dl>
          {report.unfinished.files > 0 && <p className="field__hint">{t(settingsText.unfinishedHint)}</p>}
          <StorageTable recordings={report.recordings} />
        </>
      )}
    </Section>
  );
}
