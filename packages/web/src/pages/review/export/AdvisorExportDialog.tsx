import { useId, useState } from 'react';
import { type AdvisorExport, analysisApi } from '../../../api/analysis';
import { Dialog } from '../../../components/Dialog';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { Notice } from '../../../components/Notice';
import { useLocale } from '../../../i18n/LocaleContext';
import { exportText } from '../../../i18n/strings/export';
import { href } from '../../../router/routes';
import { saveTextFile } from './save-text-file';

interface AdvisorExportDialogProps {
  eventId: string;
  onClose(): void;
}

/**
 * The rules first (no SNS, only the person reviewing with you, names hidden automatically but check), then
 * the names to hide, the masked preview the server made and the names it looked for. The file is written
 * only when Save is clicked, from the preview shown — what you read is what you save.
 */
export function AdvisorExportDialog({ eventId, onClose }: AdvisorExportDialogProps) {
  const { t, locale } = useLocale();
  const [names, setNames] = useState('');
  const [preview, setPreview] = useState<AdvisorExport | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const namesId = useId();
  const hintId = useId();

  const makePreview = async () => {
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      const list = names
        .split('\n')
        .map((name) => name.trim())
        .filter((name) => name.length > 0);
      setPreview(await analysisApi.advisorExport(eventId, list, locale));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={t(exportText.dialogTitle)} onClose={onClose} testId="advisor-dialog">
      <p>{t(exportText.lead)}</p>
      <Notice tone="warning" testId="advisor-rules">
        <p className="evidence__warning-title">{t(exportText.rulesTitle)}</p>
        <ul className="advisor__rules">
          <li>{t(exportText.ruleNoSns)}</li>
          <li>{t(exportText.ruleOnlyReviewer)}</li>
          <li>{t(exportText.ruleMasked)}</li>
        </ul>
      </Notice>
      <p>
        <a href={href.guide()}>{t(exportText.readGuide)}</a>
      </p>
      <div className="field">
        <label className="field__label" htmlFor={namesId}>
          {t(exportText.extraNames)}
        </label>
        <textarea
          id={namesId}
          className="input"
          rows={3}
          value={names}
          onChange={(event) => setNames(event.target.value)}
          aria-describedby={hintId}
          data-testid="advisor-names"
        />
        <p className="field__hint" id={hintId}>
          {t(exportText.extraNamesHint)}
        </p>
      </div>
      <div className="form__actions">
        <button type="button" className="button" onClick={makePreview} disabled={busy} data-testid="advisor-preview">
          {t(busy ? exportText.making : preview ? exportText.remakePreview : exportText.makePreview)}
        </button>
      </div>
      <ErrorNotice error={error} />
      {preview && (
        <section className="advisor__preview" aria-label={t(exportText.previewTitle)}>
          <h3>{t(exportText.previewTitle)}</h3>
          <p className="meta-text" data-testid="advisor-hidden-names">
            {t(exportText.hiddenNames)}:{' '}
            {preview.listedNames.length > 0 ? preview.listedNames.join('、') : t(exportText.noHiddenNames)}
          </p>
          {/* Read-only text area: scrollable and selectable from the keyboard. */}
          <textarea
            className="input advisor__text"
            readOnly
            rows={14}
            value={preview.text}
            aria-label={t(exportText.previewTitle)}
            data-testid="advisor-preview-text"
          />
          <div className="form__actions">
            <button
              type="button"
              className="button button--primary"
              onClick={() => {
                saveTextFile(preview.fileName, preview.text, 'text/markdown');
                setSaved(true);
              }}
              data-testid="advisor-save"
            >
              {t(exportText.save(preview.fileName))}
            </button>
            <button type="button" className="button" onClick={onClose}>
              {t(exportText.close)}
            </button>
          </div>
        </section>
      )}
      {saved && (
        <Notice tone="success" testId="advisor-saved">
          <p>{t(exportText.saved)}</p>
        </Notice>
      )}
    </Dialog>
  );
}
