import type { PracticeAttemptView } from '@furikaeri/core';
import { prepApi } from '../../api/prep';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useAction } from '../../hooks/useAction';

/**
 * "Transcribe and re-analyse" for spoken answers kept without a speech model, one or all of them: each gets
 * a transcribe job, and `onDone` the attempts as they stand now (pending until their jobs end).
 */
export function ReanalyseButton({
  attemptIds,
  label,
  small,
  testId,
  onDone,
}: {
  attemptIds: string[];
  label: string;
  small?: boolean;
  testId: string;
  onDone(attempts: PracticeAttemptView[]): void | Promise<void>;
}) {
  const action = useAction();
  const run = () =>
    void action.run(async () => {
      const started: PracticeAttemptView[] = [];
      for (const id of attemptIds) started.push(await prepApi.reanalyse(id));
      await onDone(started);
    });
  return (
    <>
      <button
        type="button"
        className={small ? 'button button--small' : 'button'}
        onClick={run}
        disabled={action.busy}
        data-testid={testId}
      >
        {label}
      </button>
      <ErrorNotice error={action.error} onDismiss={action.clearError} />
    </>
  );
}
