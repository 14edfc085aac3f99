import type { EventDetail, Job, RecordingView } from '@furikaeri/core';
import { Notice } from '../../components/Notice';
import { useLocale } from '../../i18n/LocaleContext';
import { pendingText } from '../../i18n/strings/review';
import { href } from '../../router/routes';
import { JobRow } from '../event/JobRow';
import { pendingReason } from './pending-reason';

/** Why there is nothing to review yet, from the jobs of the event's recordings, instead of an empty page. */
export function TranscriptPending({ detail }: { detail: EventDetail }) {
  const { t } = useLocale();
  const recordings = detail.recordings;
  return (
    <section className="card pending" aria-labelledby="pending-title" data-testid="transcript-pending">
      <h2 id="pending-title">{t(pendingText.title)}</h2>
      {recordings.length === 0 ? (
        <p data-testid="pending-reason">{t(pendingText.noRecording)}</p>
      ) : (
        <ul className="pending__recordings">
          {recordings.map((recording) => (
            <PendingRecording key={recording.id} recording={recording} />
          ))}
        </ul>
      )}
      <p>
        <a className="button" href={href.event(detail.event.id)}>
          {t(pendingText.openEvent)}
        </a>
      </p>
    </section>
  );
}

function PendingRecording({ recording }: { recording: RecordingView }) {
  const { t } = useLocale();
  const job = latestJob(recording, 'transcribe') ?? latestJob(recording, 'import');
  const reason = pendingReason(recording, latestJob(recording, 'transcribe'));
  return (
    <li className="pending__recording" data-testid="pending-recording">
      <h3 className="pending__name">{recording.originalName}</h3>
      <Notice tone={reason.tone} testId="pending-reason">
        <p>{t(reason.message)}</p>
        {reason.detail && <p data-testid="pending-detail">{t(reason.detail)}</p>}
      </Notice>
      {/* The progress bar of whatever is running; the reason above already says the rest. */}
      {job?.status === 'running' && (
        <ul className="pipeline__jobs">
          <JobRow job={job} />
        </ul>
      )}
    </li>
  );
}

function latestJob(recording: RecordingView, type: Job['type']): Job | null {
  return recording.jobs.find((job) => job.type === type) ?? null;
}
