import { QUESTION_CATEGORY_LABELS, type QuestionAnalysis } from '@furikaeri/core';
import { useLocale } from '../../../i18n/LocaleContext';
import { analysisText } from '../../../i18n/strings/analysis';
import { QuestionNote } from '../questions/QuestionNote';
import { FeedbackList } from './FeedbackList';
import { JumpButton } from './JumpButton';
import { MeasureChips } from './MeasureChips';
import { RelevanceFlags } from './RelevanceFlags';

export interface QaCardProps {
  question: QuestionAnalysis;
  /** "Q3": the question's place in the list, also used by follow-ups to point back. */
  label: string;
  followedLabel: string | null;
  note: string;
  busy: boolean;
  onSeek(ms: number): void;
  onSaveNote(segmentId: string, note: string): Promise<boolean>;
}

export const cardAnchor = (questionId: string) => `qa-card-${questionId}`;

/** One question: its category (and why, on request), my answer, measures vs norms, flags, feedback, my note. */
export function QaCard({ question, label, followedLabel, note, busy, onSeek, onSaveNote }: QaCardProps) {
  const { t } = useLocale();
  const { answer, category } = question;
  const flagged = (answer?.relevance.flags.length ?? 0) > 0;
  const noteSegment = question.question.segmentIds.at(-1);
  return (
    <li
      id={cardAnchor(question.id)}
      className={flagged ? 'qa-card qa-card--flagged' : 'qa-card'}
      data-testid="qa-card"
      data-question-id={question.id}
      data-flagged={flagged ? 'true' : 'false'}
      tabIndex={-1}
    >
      <div className="qa-card__head">
        <span className="qa-card__label">{label}</span>
        <span className="qa-card__category" data-testid="qa-category">
          {t(QUESTION_CATEGORY_LABELS[category.category])}
        </span>
        {question.followUpOf && followedLabel && (
          <button
            type="button"
            className="qa-card__follow"
            onClick={() => focusCard(question.followUpOf ?? '')}
            aria-label={t(analysisText.showFollowed(followedLabel))}
            title={question.followUpReason ? t(question.followUpReason) : undefined}
            data-testid="qa-follow-up"
          >
            {t(analysisText.followUpOf(followedLabel))}
          </button>
        )}
        <JumpButton atMs={question.question.startMs} onSeek={onSeek} />
      </div>
      <p className="qa-card__question" data-testid="qa-question">
        {question.question.text}
      </p>
      <details className="qa-card__why">
        <summary>{t(analysisText.whyCategory)}</summary>
        <p>{t(category.reason)}</p>
      </details>
      {answer ? (
        <>
          <h4 className="qa-card__subtitle">{t(analysisText.myAnswer)}</h4>
          <p className="qa-card__answer" data-testid="qa-answer">
            {answer.text}
          </p>
          <MeasureChips metrics={answer.metrics} />
          <RelevanceFlags relevance={answer.relevance} />
          {answer.feedback.length > 0 && <FeedbackList points={answer.feedback} onSeek={onSeek} testId="qa-feedback" />}
        </>
      ) : (
        <p className="meta-text">{t(analysisText.noAnswer)}</p>
      )}
      {noteSegment && (
        <QuestionNote segmentId={noteSegment} time={label} saved={note} busy={busy} onSave={onSaveNote} />
      )}
    </li>
  );
}

/** A follow-up points back: bring its parent card into view and give it the keyboard. */
function focusCard(questionId: string): void {
  const card = document.getElementById(cardAnchor(questionId));
  card?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  card?.focus({ preventScroll: true });
}
