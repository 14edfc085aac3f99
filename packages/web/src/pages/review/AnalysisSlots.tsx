import type { AnalysisReport, Job } from '@furikaeri/core';
import type { ReactNode } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Section } from '../../components/Section';
import type { Resource } from '../../hooks/useResource';
import { useLocale } from '../../i18n/LocaleContext';
import { analysisText } from '../../i18n/strings/analysis';
import { analysisSlotText } from '../../i18n/strings/review';
import { JobRow } from '../event/JobRow';
import { QaCards } from './analysis/QaCards';
import { DeliveryCharts } from './charts/DeliveryCharts';

interface SlotProps {
  analysis: Resource<AnalysisReport | null>;
  analyseJob: Job | null;
}

interface QaCardsSlotProps extends SlotProps {
  notes: Record<string, string>;
  busy: boolean;
  onSeek(ms: number): void;
  onSaveNote(segmentId: string, note: string): Promise<boolean>;
  /** The export panel, shown above the cards once there is a report. */
  exportPanel: ReactNode;
}

/** The analysis report as Q/A cards; until it is there, why not (loading, failed, the analyse job's state). */
export function QaCardsSlot({ analysis, analyseJob, exportPanel, ...cardProps }: QaCardsSlotProps) {
  const { t } = useLocale();
  return (
    <Section title={t(analysisSlotText.qaTitle)} card testId="slot-qa-cards" actions={analysis.data && exportPanel}>
      {analysis.data ? (
        <QaCards report={analysis.data} {...cardProps} />
      ) : (
        <SlotBody analysis={analysis} analyseJob={analyseJob} />
      )}
    </Section>
  );
}

/** Pace, fillers, talk share and pitch, drawn from the same report. */
export function DeliveryChartsSlot({ analysis, analyseJob }: SlotProps) {
  const { t } = useLocale();
  return (
    <Section title={t(analysisSlotText.chartsTitle)} card testId="slot-delivery-charts">
      {analysis.data ? (
        <DeliveryCharts report={analysis.data} />
      ) : (
        <SlotBody analysis={analysis} analyseJob={analyseJob} />
      )}
    </Section>
  );
}

function SlotBody({ analysis, analyseJob }: SlotProps) {
  const { t } = useLocale();
  return (
    <>
      {analysis.loading ? (
        <p className="loading" data-testid="analysis-loading">
          {t(analysisText.loading)}
        </p>
      ) : analysis.error ? (
        <>
          <p className="meta-text">{t(analysisText.failed)}</p>
          <ErrorNotice error={analysis.error} />
        </>
      ) : (
        <p className="meta-text">{t(analysisSlotText.notYet)}</p>
      )}
      {analyseJob && (
        <ul className="pipeline__jobs">
          <JobRow job={analyseJob} />
        </ul>
      )}
    </>
  );
}
