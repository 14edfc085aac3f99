import type { PracticeAttemptView } from '@furikaeri/core';
import { usePollWhile } from '../../hooks/usePollWhile';
import type { Resource } from '../../hooks/useResource';
import { useLocale } from '../../i18n/LocaleContext';
import { practiceText } from '../../i18n/strings/practice';
import { ProgressChart } from './ProgressChart';
import { ReanalyseButton } from './ReanalyseButton';
import { stillMeasuring } from './useAttempt';

/**
 * Every attempt at every question over time; and, once a speech model is installed, the spoken answers kept
 * without one transcribed and scored in one go.
 */
export function OverallProgress({ attempts }: { attempts: Resource<PracticeAttemptView[]> }) {
  const { t } = useLocale();
  const waiting = (attempts.data ?? []).filter((a) => a.spoken?.transcript === 'not_transcribed');
  // Takes being transcribed (after "re-analyse all") are scored when their job ends: look again until then.
  usePollWhile((attempts.data ?? []).some(stillMeasuring), attempts.reload, 3_000);
  if (!attempts.data || attempts.data.length === 0) return null;
  return (
    <div className="stack">
      {waiting.length > 0 && (
        <ReanalyseButton
          attemptIds={waiting.map((attempt) => attempt.id)}
          label={t(practiceText.reanalyseAll(waiting.length))}
          testId="reanalyse-all"
          onDone={() => attempts.reload()}
        />
      )}
      <ProgressChart attempts={attempts.data} title={t(practiceText.overall)} testId="overall-chart" />
    </div>
  );
}
