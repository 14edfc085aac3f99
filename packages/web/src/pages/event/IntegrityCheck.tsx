import type { IntegrityStatus, VerificationReport } from '@furikaeri/core';
import { type ReactNode, useState } from 'react';
import { api } from '../../api/library';
import { Badge, type Tone } from '../../components/Badge';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useAction } from '../../hooks/useAction';
import { formatTimestamp } from '../../i18n/dates';
import { useLocale } from '../../i18n/LocaleContext';
import { INTEGRITY_BADGES, integrityText, streamLine } from '../../i18n/strings/integrity';
import './IntegrityCheck.css';

const TONE: Record<IntegrityStatus, Tone> = { intact: 'success', altered: 'danger', incomplete: 'warning' };

interface IntegrityCheckProps {
  recordingId: string;
  /** Placed at the end of the button row (the evidence export), so the report below gets the full width. */
  aside?: ReactNode;
}

/** "改ざんチェック": re-reads the stored recording against the hashes sealed at import and says what it found. */
export function IntegrityCheck({ recordingId, aside }: IntegrityCheckProps) {
  const { t } = useLocale();
  const [report, setReport] = useState<VerificationReport | null>(null);
  const action = useAction();

  const verify = () =>
    void action.run(async () => {
      setReport(null);
      setReport(await api.verifyRecording(recordingId));
    });

  return (
    <div className="integrity" data-testid="integrity">
      <div className="integrity__row">
        <button
          type="button"
          className="button button--small"
          onClick={verify}
          disabled={action.busy}
          title={t(integrityText.explain)}
          data-testid="verify"
        >
          {t(report ? integrityText.verifyAgain : integrityText.verify)}
        </button>
        <span className="integrity__status" aria-live="polite">
          {action.busy && (
            <span className="meta-text" data-testid="integrity-checking">
              {t(integrityText.checking)}
            </span>
          )}
          {report && !action.busy && (
            <Badge tone={TONE[report.status]} plain testId="integrity-badge">
              {t(INTEGRITY_BADGES[report.status])}
            </Badge>
          )}
        </span>
        {aside && <span className="integrity__aside">{aside}</span>}
      </div>
      {report && !action.busy && <IntegrityReport report={report} />}
      <ErrorNotice error={action.error} onDismiss={action.clearError} testId="integrity-error" />
    </div>
  );
}

function IntegrityReport({ report }: { report: VerificationReport }) {
  const { t, locale } = useLocale();
  return (
    <div
      className={`integrity__report integrity__report--${report.status}`}
      data-testid="integrity-result"
      data-status={report.status}
    >
      <p className="integrity__message" data-testid="integrity-message">
        {t(report.message)}
      </p>
      <ul className="integrity__streams" aria-label={t(integrityText.streams)} data-testid="integrity-streams">
        {report.streams.map((stream) => (
          <li key={stream.kind} data-status={stream.status}>
            {t(streamLine(stream))}
          </li>
        ))}
      </ul>
      <p className="meta-text">{t(integrityText.checkedAt(formatTimestamp(report.checkedAt, locale)))}</p>
    </div>
  );
}
