import { type AnalysisReport, reportReadiness, rolesUnknownMessage } from '@furikaeri/core';
import { Notice } from '../../../components/Notice';
import { useLocale } from '../../../i18n/LocaleContext';
import { analysisText } from '../../../i18n/strings/analysis';
import { ConversationSection } from './ConversationSection';
import { ExchangeList } from './ExchangeList';
import { GroupDiscussionSection } from './GroupDiscussionSection';
import { ImproperQuestionsCard } from './ImproperQuestionsCard';
import { QaCard } from './QaCard';
import { SummaryCard } from './SummaryCard';
import './analysis.css';

interface QaCardsProps {
  report: AnalysisReport;
  notes: Record<string, string>;
  busy: boolean;
  onSeek(ms: number): void;
  onSaveNote(segmentId: string, note: string): Promise<boolean>;
}

/** Summary on top, the mode's own section, then a card per question and my questions with their answers. */
export function QaCards({ report, notes, busy, onSeek, onSaveNote }: QaCardsProps) {
  const { t } = useLocale();
  const readiness = reportReadiness(report);
  // An analysis that could not run is not an analysis with nothing to say: no figures, no "nothing to work on".
  if (readiness.state === 'roles_unknown') {
    return (
      <div className="qa" data-testid="qa-report" data-state="roles-unknown">
        <Notice tone="warning" testId="analysis-roles-unknown">
          <p>{t(rolesUnknownMessage(readiness.missing))}</p>
        </Notice>
      </div>
    );
  }
  const labels = new Map(report.questions.map((question, index) => [question.id, `Q${index + 1}`]));
  return (
    <div className="qa" data-testid="qa-report" data-mode={report.mode}>
      <SummaryCard report={report} onSeek={onSeek} />
      <ImproperQuestionsCard report={report} onSeek={onSeek} />
      {report.timing === 'estimated' && <p className="meta-text">{t(analysisText.estimatedTiming)}</p>}
      {report.groupDiscussion && <GroupDiscussionSection report={report.groupDiscussion} />}
      {report.conversation && <ConversationSection report={report.conversation} onSeek={onSeek} />}
      <h3 className="qa__title">{t(analysisText.cardsTitle)}</h3>
      {report.questions.length === 0 ? (
        <p className="empty">{t(analysisText.noQuestions)}</p>
      ) : (
        <ol className="qa-cards">
          {report.questions.map((question) => (
            <QaCard
              key={question.id}
              question={question}
              label={labels.get(question.id) ?? question.id}
              followedLabel={question.followUpOf ? (labels.get(question.followUpOf) ?? null) : null}
              note={notes[question.question.segmentIds.at(-1) ?? ''] ?? ''}
              busy={busy}
              onSeek={onSeek}
              onSaveNote={onSaveNote}
            />
          ))}
        </ol>
      )}
      <ExchangeList
        title={t(analysisText.myQuestionsTitle)}
        exchanges={report.myQuestions}
        onSeek={onSeek}
        testId="my-questions"
      />
    </div>
  );
}
