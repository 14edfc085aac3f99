import { type FormEvent, useState } from 'react';
import { type ModelView, modelsApi } from '../../api/models';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { Notice } from '../../components/Notice';
import { useAction } from '../../hooks/useAction';
import { useLocale } from '../../i18n/LocaleContext';
import { modelsText } from '../../i18n/strings/models';

const AUTO = '';

/** Installs an archive or folder already on this computer (e.g. downloaded elsewhere): no network. */
export function ModelImportForm({ models, onImported }: { models: ModelView[]; onImported: () => Promise<void> }) {
  const { t } = useLocale();
  const action = useAction();
  const [path, setPath] = useState('');
  const [as, setAs] = useState(AUTO);
  const [trustUnpinned, setTrustUnpinned] = useState(false);
  const [imported, setImported] = useState<ModelView | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setImported(null);
    void action.run(async () => {
      const view = await modelsApi.import({ path, as: as === AUTO ? undefined : as, trustUnpinned });
      setImported(view);
      setPath('');
      await onImported();
    });
  };

  return (
    <form className="form model-import" onSubmit={submit} noValidate data-testid="model-import">
      <h3 className="model-import__title">{t(modelsText.importTitle)}</h3>
      <p className="field__hint">{t(modelsText.importHint)}</p>
      <Field label={t(modelsText.importPath)}>
        {(id) => (
          <input
            id={id}
            className="input"
            value={path}
            onChange={(event) => setPath(event.target.value)}
            placeholder="/home/me/Downloads/sherpa-onnx-sense-voice-zh-en-ja-ko-yue-int8-2024-07-17.tar.bz2"
            spellCheck={false}
            autoComplete="off"
            data-testid="model-import-path"
          />
        )}
      </Field>
      <Field label={t(modelsText.importAs)}>
        {(id) => (
          <select id={id} className="input" value={as} onChange={(event) => setAs(event.target.value)}>
            <option value={AUTO}>{t(modelsText.autoDetect)}</option>
            {models.map((model) => (
              <option key={model.id} value={model.id}>
                {t(model.title)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <label className="checkbox">
        <input type="checkbox" checked={trustUnpinned} onChange={(event) => setTrustUnpinned(event.target.checked)} />
        <span>{t(modelsText.trustUnpinned)}</span>
      </label>
      <ErrorNotice error={action.error} onDismiss={action.clearError} testId="model-import-error" />
      {imported && (
        <Notice tone="success" onDismiss={() => setImported(null)} testId="model-imported">
          <p>{t(modelsText.imported(t(imported.title)))}</p>
        </Notice>
      )}
      <div className="form__actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={action.busy || path.trim() === ''}
          data-testid="model-import-submit"
        >
          {action.busy ? t(modelsText.importing) : t(modelsText.importSubmit)}
        </button>
      </div>
    </form>
  );
}
