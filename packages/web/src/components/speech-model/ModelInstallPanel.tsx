import { formatBytes } from '@furikaeri/core';
import { type ModelView, modelsApi } from '../../api/models';
import { useAction } from '../../hooks/useAction';
import { useLocale } from '../../i18n/LocaleContext';
import { speechModelText as T } from '../../i18n/strings/speech-model';
import { ModelImportForm } from '../../pages/settings/ModelImportForm';
import { href } from '../../router/routes';
import { ErrorNotice } from '../ErrorNotice';
import { Notice } from '../Notice';
import { ProgressBar } from '../ProgressBar';

interface ModelInstallPanelProps {
  model: ModelView;
  models: () => Promise<void>;
}

/**
 * The missing speech model, where its absence shows: download it (with progress), or import a file brought
 * from another computer. A failed download says why in plain words (offline, site unreachable).
 */
export function ModelInstallPanel({ model, models }: ModelInstallPanelProps) {
  const { t } = useLocale();
  const action = useAction();
  const name = t(model.title);
  const pull = model.pull;
  const run = (task: () => Promise<unknown>) =>
    void action.run(async () => {
      await task();
      await models();
    });
  const size = model.downloadBytes === null ? '?' : formatBytes(model.downloadBytes);

  return (
    <div className="model-install" data-testid="model-install">
      <Notice tone="warning" testId="model-needed">
        <p>{t(T.needed(name, size))}</p>
      </Notice>
      {pull?.status === 'running' ? (
        <div className="model-install__progress" aria-live="polite">
          <ProgressBar
            value={pull.total ? pull.bytes / pull.total : null}
            label={t(T.downloading(name))}
            testId="model-install-progress"
          />
          <button type="button" className="button button--small" onClick={() => run(() => modelsApi.cancel(model.id))}>
            {t(T.cancel)}
          </button>
        </div>
      ) : model.pinning === 'none' ? (
        <p>
          {t(T.unpinned)} <a href={href.settings()}>{t(T.openSettings)}</a>
        </p>
      ) : (
        <button
          type="button"
          className="button button--primary"
          disabled={action.busy}
          onClick={() => run(() => modelsApi.pull(model.id))}
          data-testid="model-install-pull"
        >
          {t(T.download(name))}
        </button>
      )}
      {pull?.status === 'failed' && pull.error && (
        <Notice tone="error" testId="model-install-error">
          <p>{t(pull.error.message)}</p>
        </Notice>
      )}
      <ErrorNotice error={action.error} onDismiss={action.clearError} />
      {/* Open at once after a failed download: the offline way is then the way. */}
      <details className="model-install__offline" open={pull?.status === 'failed'} data-testid="model-install-offline">
        <summary>{t(T.offline)}</summary>
        <ModelImportForm models={[model]} onImported={models} />
      </details>
    </div>
  );
}
