import { modelsApi } from '../../api/models';
import { LoadState } from '../../components/LoadState';
import { Section } from '../../components/Section';
import { usePollWhile } from '../../hooks/usePollWhile';
import { useResource } from '../../hooks/useResource';
import { useLocale } from '../../i18n/LocaleContext';
import { modelsText } from '../../i18n/strings/models';
import { ModelImportForm } from './ModelImportForm';
import { ModelRow } from './ModelRow';
import './models.css';

const POLL_MS = 700;

/** Speech models: what is installed, downloads with live progress (polled), removal, and offline import. */
export function ModelsSection() {
  const { t } = useLocale();
  const models = useResource('models', modelsApi.list);
  const report = models.data;
  const pulling = report?.models.some((model) => model.pull?.status === 'running') ?? false;
  const { reload } = models;

  usePollWhile(pulling, reload, POLL_MS);

  return (
    <Section title={t(modelsText.title)} card testId="models-section">
      <p className="field__hint">{t(modelsText.lead)}</p>
      {!report ? (
        <LoadState error={models.error} onRetry={reload} />
      ) : (
        <>
          <div className="storage-folder">
            <span className="storage-folder__label">{t(modelsText.folder)}</span>
            <code className="storage-folder__path" data-testid="models-dir">
              {report.modelsDir}
            </code>
            <span className="field__hint">{t(modelsText.folderHint)}</span>
          </div>
          <ul className="model-list" data-testid="model-list">
            {report.models.map((model) => (
              <ModelRow key={model.id} model={model} onChange={reload} />
            ))}
          </ul>
          <ModelImportForm models={report.models} onImported={reload} />
        </>
      )}
    </Section>
  );
}
