import type { Job } from '@furikaeri/core';
import { Section } from '../../components/Section';
import { useLocale } from '../../i18n/LocaleContext';
import { analysisSlotText } from '../../i18n/strings/review';
import { JobRow } from '../event/JobRow';

/**
 * SLOTS FOR THE ANALYSIS REPORT. The analysis is being written elsewhere; until it lands these say honestly
 * that there is nothing yet, and show the analysis job's own state (e.g. "not available" with its reason).
 * - QaCardsSlot: Q/A cards (question, my answer, category, metrics vs norms, flags, feedback, jump to moment).
 * - DeliveryChartsSlot: pace and pitch over the interview, talk share, fillers per answer.
 */
export function QaCardsSlot({ analyseJob }: { analyseJob: Job | null }) {
  const { t } = useLocale();
  return (
    <Section title={t(analysisSlotText.qaTitle)} card testId="slot-qa-cards">
      <SlotBody analyseJob={analyseJob} />
    </Section>
  );
}

export function DeliveryChartsSlot({ analyseJob }: { analyseJob: Job | null }) {
  const { t } = useLocale();
  return (
    <Section title={t(analysisSlotText.chartsTitle)} card testId="slot-delivery-charts">
      <SlotBody analyseJob={analyseJob} />
    </Section>
  );
}

function SlotBody({ analyseJob }: { analyseJob: Job | null }) {
  const { t } = useLocale();
  return (
    <>
      <p className="meta-text">{t(analysisSlotText.notYet)}</p>
      {analyseJob && (
        <ul className="pipeline__jobs">
          <JobRow job={analyseJob} />
        </ul>
      )}
    </>
  );
}
