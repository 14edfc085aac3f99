import type { Job, RecordingView } from '@furikaeri/core';
import { audioUrl } from '../../api/library';
import { Badge } from '../../components/Badge';
import { Notice } from '../../components/Notice';
import { TranscribeActions } from '../../components/speech-model/TranscribeActions';
import { formatTimestamp } from '../../i18n/dates';
import { useLocale } from '../../i18n/LocaleContext';
import { RECORDING_STATUS_LABELS, recordingCard } from '../../i18n/strings/event';
import { EvidenceExport } from './EvidenceExport';
import { IntegrityCheck } from './IntegrityCheck';
import { JobRow } from './JobRow';
import { RecordingActions } from './RecordingActions';
import { RecordingFacts } from './RecordingFacts';
import { RECORDING_STATUS_TONE } from './tones';

interface RecordingCardProps {
  recording: RecordingView;
  onJob(job: Job): void;
  onDeleted(recordingId: string): void;
  onChanged(): void;
}

export function recordingElementId(recordingId: string): string {
  return `recording-${recordingId}`;
}

/** One recording: what it is, where it is in the pipeline, and a player once it is ready. */
export function RecordingCard({ recording, onJob, onDeleted, onChanged }: RecordingCardProps) {
  const { t, locale } = useLocale();
  // Retention may have deleted the audio (with its key): nothing left to play, check or export.
  const playable = recording.status === 'ready' && recording.audioDeletedAt === null;
  return (
    <li
      id={recordingElementId(recording.id)}
      className="recording-card card"
      tabIndex={-1}
      data-testid="recording-card"
      data-status={recording.status}
    >
      <div className="recording-card__header">
        <h3 className="recording-card__name" data-testid="recording-name">
          {recording.originalName}
        </h3>
        {recording.audioDeletedAt === null ? (
          <Badge tone={RECORDING_STATUS_TONE[recording.status]} testId="recording-status">
            {t(RECORDING_STATUS_LABELS[recording.status])}
          </Badge>
        ) : (
          <Badge tone="neutral" testId="recording-status">
            {t(recordingCard.audioDeletedBadge)}
          </Badge>
        )}
      </div>
      <RecordingFacts recording={recording} />
      {recording.warning && (
        <Notice tone="warning" testId="recording-warning">
          <p>{t(recording.warning)}</p>
        </Notice>
      )}
      {recording.error && recording.status !== 'ready' && (
        <Notice tone={recording.status === 'cancelled' ? 'info' : 'error'} testId="recording-error">
          <p>{t(recording.error)}</p>
        </Notice>
      )}
      {recording.audioDeletedAt !== null && (
        <Notice tone="info" testId="recording-audio-deleted">
          <p>{t(recordingCard.audioDeleted(formatTimestamp(recording.audioDeletedAt, locale)))}</p>
        </Notice>
      )}
      {playable ? (
        // biome-ignore lint/a11y/useMediaCaption: a transcript will be the caption; none exists yet.
        <audio
          className="recording-card__player"
          controls
          preload="metadata"
          src={audioUrl(recording.id)}
          aria-label={t(recordingCard.player(recording.originalName))}
          data-testid="recording-audio"
        />
      ) : (
        recording.status === 'importing' && <p className="meta-text">{t(recordingCard.waitingForImport)}</p>
      )}
      {playable && <IntegrityCheck recordingId={recording.id} aside={<EvidenceExport recording={recording} />} />}
      {recording.jobs.length > 0 && (
        <section className="pipeline" aria-label={t(recordingCard.pipeline)}>
          <ul className="pipeline__jobs">
            {recording.jobs.map((job) => (
              <JobRow key={job.id} job={job} />
            ))}
          </ul>
        </section>
      )}
      <TranscribeActions recording={recording} onJob={onJob} />
      <RecordingActions recording={recording} onJob={onJob} onDeleted={onDeleted} onChanged={onChanged} />
    </li>
  );
}
