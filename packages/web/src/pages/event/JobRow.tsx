import { JOB_STATUS_LABELS, JOB_TYPE_LABELS, type Job } from '@furikaeri/core';
import { Badge } from '../../components/Badge';
import { ProgressBar } from '../../components/ProgressBar';
import { useLocale } from '../../i18n/LocaleContext';
import { recordingCard } from '../../i18n/strings/event';
import { JOB_STATUS_TONE } from './tones';

/** One stage of the pipeline: its state, a live progress bar while it runs, and what it says. */
export function JobRow({ job }: { job: Job }) {
  const { t } = useLocale();
  const label = t(JOB_TYPE_LABELS[job.type]);
  const showMessage = job.message !== null && job.status !== 'succeeded' && job.status !== 'queued';
  return (
    <li className={`job-row job-row--${job.status}`} data-testid={`job-${job.type}`} data-status={job.status}>
      <span className="job-row__label">{label}</span>
      <Badge tone={JOB_STATUS_TONE[job.status]} testId="job-status">
        {t(JOB_STATUS_LABELS[job.status])}
      </Badge>
      {job.status === 'running' && (
        <div className="job-row__progress">
          <ProgressBar value={job.progress} label={t(recordingCard.jobProgress(label))} testId="job-progress" />
        </div>
      )}
      {showMessage && job.message && (
        <p className="job-row__message" data-testid="job-message">
          {t(job.message)}
        </p>
      )}
    </li>
  );
}
