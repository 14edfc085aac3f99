import type { Job, RecordingView } from '@furikaeri/core';
import { api } from '../../api/library';
import { ConfirmButton } from '../../components/ConfirmButton';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useAction } from '../../hooks/useAction';
import { useLocale } from '../../i18n/LocaleContext';
import { recordingCard } from '../../i18n/strings/event';

interface RecordingActionsProps {
  recording: RecordingView;
  onJob(job: Job): void;
  onDeleted(recordingId: string): void;
  /** Reload the event: a retry changes the recording without a stream message. */
  onChanged(): void;
}

/** Cancel while importing, retry after a failure or cancel, delete (asks first). */
export function RecordingActions({ recording, onJob, onDeleted, onChanged }: RecordingActionsProps) {
  const { t } = useLocale();
  const action = useAction();
  const importJob = recording.jobs.find((job) => job.type === 'import');
  const cancellable =
    recording.status === 'importing' &&
    importJob !== undefined &&
    (importJob.status === 'queued' || importJob.status === 'running') &&
    !importJob.cancelRequested;
  const retryable = recording.status === 'failed' || recording.status === 'cancelled';

  const cancel = () =>
    action.run(async () => {
      if (importJob) onJob(await api.cancelJob(importJob.id));
    });
  const retry = () =>
    action.run(async () => {
      onJob(await api.retryRecording(recording.id));
      onChanged();
    });
  const remove = async () => {
    await action.run(async () => {
      await api.deleteRecording(recording.id);
      onDeleted(recording.id);
    });
  };

  return (
    <div className="recording-actions">
      <div className="recording-actions__buttons">
        {cancellable && (
          <button type="button" className="button" onClick={cancel} disabled={action.busy} data-testid="cancel-import">
            {t(recordingCard.cancelImport)}
          </button>
        )}
        {retryable && (
          <button type="button" className="button" onClick={retry} disabled={action.busy} data-testid="retry-import">
            {t(recordingCard.retry)}
          </button>
        )}
        <ConfirmButton
          label={t(recordingCard.delete)}
          question={t(recordingCard.deleteQuestion)}
          onConfirm={remove}
          disabled={action.busy}
          testId="delete-recording"
        />
      </div>
      <ErrorNotice error={action.error} onDismiss={action.clearError} />
    </div>
  );
}
