import type { PracticeAttemptView } from '@furikaeri/core';
import { prepApi } from '../../api/prep';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useAction } from '../../hooks/useAction';
import { usePollWhile } from '../../hooks/usePollWhile';
import type { Resource } from '../../hooks/useResource';
import { useLocale } from '../../i18n/LocaleContext';
import { practiceText } from '../../i18n/strings/practice';
import { ProgressChart } from './ProgressChart';
import { stillMeasuring } from './useAttempt';

/**
 * Every attempt at every question over time; and, once a speech model is installed, the spoken answers kept
 * without one transcribed and scored in one go.
 */
export function OverallProgress({ attempts }: { attempts: Resource<PracticeAttemptView[]> }) {
  const { t } = useLocale();
  const action = useAction();
  const waiting = (attempts.data ?? []).filter((a) => a.spoken?.transcript === 'not_transcribed');
  // Takes being transcribed (after "re-analyse all") are scored when their job ends: look again until then.
  usePollWhile((attempts.data ?? []).some(stillMeasuring), attempts.reload, 3_000);
  const reanalyseAll = () =>
    void action.run(async () => {
      for (const attempt of waiting) await prepApi.reanalyse(attempt.id);
      await attempts.reload();
    });
  if (!attempts.data || attempts.data.length === 0) return null;
  return (
    <div className="stack">
      {waiting.length > 0 && (
        <button
          type="button"
          className="button"
          onClick={reanalyseAll}
          disabled={action.busy}
          data-testid="reanalyse-all"
        >
          {t(practiceText.reanalyseAll(waiting.length))}
        </button>
      )}
      <ErrorNotice error={action.error} onDismiss={action.clearError} />
      <ProgressChart attempts={attempts.data} title={t(practiceText.overall)} testId="overall-chart" />
    </div>
  );
}
