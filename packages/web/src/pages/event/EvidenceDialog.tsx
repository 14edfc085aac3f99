import { formatBytes, type RecordingView } from '@furikaeri/core';
import { useId, useState } from 'react';
import { evidenceUrl } from '../../api/library';
import { Dialog } from '../../components/Dialog';
import { Notice } from '../../components/Notice';
import { useLocale } from '../../i18n/LocaleContext';
import { evidenceText } from '../../i18n/strings/evidence';
import { href } from '../../router/routes';
import './EvidenceDialog.css';

interface EvidenceDialogProps {
  recording: RecordingView;
  onClose(): void;
}

/**
 * What the evidence package holds (the recording, unencrypted), who it is for, and what sharing it can
 * cost. The download link exists only once the user has ticked the acknowledgement. No share buttons.
 */
export function EvidenceDialog({ recording, onClose }: EvidenceDialogProps) {
  const { t } = useLocale();
  const [acknowledged, setAcknowledged] = useState(false);
  const [started, setStarted] = useState(false);
  const hintId = useId();

  return (
    <Dialog title={t(evidenceText.title)} onClose={onClose} testId="evidence-dialog">
      <p>{t(evidenceText.lead)}</p>
      <Notice tone="warning" testId="evidence-warning">
        <p className="evidence__warning-title">{t(evidenceText.warningTitle)}</p>
        <p>{t(evidenceText.warning)}</p>
      </Notice>
      <section className="evidence__contents">
        <h3>{t(evidenceText.contentsTitle)}</h3>
        <ul>
          <li className="evidence__original">
            {t(evidenceText.original(recording.originalName, formatBytes(recording.sizeBytes)))}
          </li>
          <li>{t(evidenceText.manifest)}</li>
          <li>{t(evidenceText.chain)}</li>
          <li>{t(evidenceText.readme)}</li>
        </ul>
      </section>
      <p className="evidence__after">{t(evidenceText.deleteAfter)}</p>
      <p>
        <a href={href.guide()} data-testid="evidence-guide-link">
          {t(evidenceText.readGuide)}
        </a>
      </p>
      <label className="checkbox evidence__acknowledge">
        <input
          type="checkbox"
          checked={acknowledged}
          onChange={(event) => setAcknowledged(event.target.checked)}
          data-testid="evidence-acknowledge"
        />
        <span>{t(evidenceText.acknowledge)}</span>
      </label>
      <div className="form__actions">
        {acknowledged ? (
          <a
            className="button button--primary"
            href={evidenceUrl(recording.id)}
            download
            onClick={() => setStarted(true)}
            data-testid="evidence-download"
          >
            {t(evidenceText.download)}
          </a>
        ) : (
          <button
            type="button"
            className="button button--primary"
            disabled
            aria-describedby={hintId}
            data-testid="evidence-download"
          >
            {t(evidenceText.download)}
          </button>
        )}
        <button type="button" className="button" onClick={onClose} data-testid="evidence-cancel">
          {t(evidenceText.close)}
        </button>
      </div>
      {!acknowledged && (
        <p className="field__hint" id={hintId}>
          {t(evidenceText.needAcknowledge)}
        </p>
      )}
      {started && (
        <Notice tone="success" testId="evidence-started">
          <p>{t(evidenceText.started)}</p>
        </Notice>
      )}
    </Dialog>
  );
}
