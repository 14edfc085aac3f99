import { useEffect, useRef, useState } from 'react';
import { type ModelView, modelsApi } from '../../api/models';
import { ConfirmButton } from '../../components/ConfirmButton';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Notice } from '../../components/Notice';
import { ProgressBar } from '../../components/ProgressBar';
import { useAction } from '../../hooks/useAction';
import { useLocale } from '../../i18n/LocaleContext';
import { common } from '../../i18n/strings/common';
import { modelsText } from '../../i18n/strings/models';

interface ModelActionsProps {
  model: ModelView;
  onChange: () => Promise<void>;
}

/** Download (asking first when nothing is pinned), live progress with cancel, verify and remove. */
export function ModelActions({ model, onChange }: ModelActionsProps) {
  const { t } = useLocale();
  const action = useAction();
  const [asking, setAsking] = useState(false);
  const [verified, setVerified] = useState<boolean | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const name = t(model.title);
  const pull = model.pull;

  useEffect(() => {
    if (asking) confirmRef.current?.focus();
  }, [asking]);

  const run = (task: () => Promise<unknown>) =>
    void action.run(async () => {
      setVerified(null);
      await task();
      await onChange();
    });
  const download = (trustUnpinned: boolean) => {
    setAsking(false);
    run(() => modelsApi.pull(model.id, trustUnpinned));
  };

  if (pull?.status === 'running') {
    const value = pull.total ? pull.bytes / pull.total : null;
    return (
      <div className="model-row__actions" aria-live="polite">
        <span className="model-row__phase">{t(modelsText.phases[pull.phase])}</span>
        <ProgressBar value={value} label={t(modelsText.progressOf(name))} testId="model-progress" />
        <button type="button" className="button button--small" onClick={() => run(() => modelsApi.cancel(model.id))}>
          {t(modelsText.cancel)}
        </button>
      </div>
    );
  }
  const installed = model.status === 'installed';
  return (
    <div className="model-row__actions-block">
      {asking && (
        <Notice tone="warning" testId="model-confirm-unpinned">
          <p className="model-row__confirm-title">{t(modelsText.confirmUnpinnedTitle)}</p>
          <p>{t(modelsText.confirmUnpinned(name))}</p>
          <div className="form__actions">
            <button ref={confirmRef} type="button" className="button button--primary" onClick={() => download(true)}>
              {t(modelsText.confirmDownload)}
            </button>
            <button type="button" className="button" onClick={() => setAsking(false)}>
              {t(common.keep)}
            </button>
          </div>
        </Notice>
      )}
      <div className="model-row__actions">
        {model.status !== 'installed' && model.status !== 'bundled' && (
          <button
            type="button"
            className="button button--primary button--small"
            disabled={action.busy || asking}
            onClick={() => (model.pinning === 'none' ? setAsking(true) : download(false))}
            data-testid="model-pull"
          >
            {model.status === 'damaged' ? t(modelsText.pullAgain) : t(modelsText.pull)}
          </button>
        )}
        {(installed || model.status === 'bundled') && (
          <button
            type="button"
            className="button button--small"
            disabled={action.busy}
            onClick={() => run(async () => setVerified((await modelsApi.verify(model.id)).ok))}
            data-testid="model-verify"
          >
            {t(modelsText.verify)}
          </button>
        )}
        {(installed || model.status === 'damaged') && (
          <ConfirmButton
            label={t(modelsText.remove)}
            question={t(modelsText.removeQuestion(name))}
            onConfirm={() => run(() => modelsApi.remove(model.id))}
            disabled={action.busy}
            testId="model-remove"
          />
        )}
      </div>
      {verified !== null && (
        <Notice tone={verified ? 'success' : 'error'} onDismiss={() => setVerified(null)} testId="model-verified">
          <p>{t(modelsText.verified(verified))}</p>
        </Notice>
      )}
      {pull?.status === 'succeeded' && installed && (
        <p className="settings__saved" role="status" data-testid="model-pulled">
          ✓ {t(modelsText.pulled(name))}
        </p>
      )}
      {pull?.status === 'cancelled' && <Notice tone="info">{t(modelsText.cancelled)}</Notice>}
      {pull?.status === 'failed' && pull.error && (
        <Notice tone="error" testId="model-pull-error">
          <p>{t(pull.error.message)}</p>
        </Notice>
      )}
      <ErrorNotice error={action.error} onDismiss={action.clearError} />
    </div>
  );
}
