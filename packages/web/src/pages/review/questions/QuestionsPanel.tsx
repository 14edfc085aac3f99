import { formatDuration } from '@furikaeri/core';
import { Section } from '../../../components/Section';
import { useLocale } from '../../../i18n/LocaleContext';
import { questionText, reviewText } from '../../../i18n/strings/review';
import { QuestionNote } from './QuestionNote';
import type { ReviewQuestion } from './review-questions';

interface QuestionsPanelProps {
  questions: readonly ReviewQuestion[];
  /** The heuristic stands in until the analysis report exists. */
  provisional: boolean;
  notes: Record<string, string>;
  currentQuestionId: string | null;
  busy: boolean;
  onSeek(ms: number): void;
  onSaveNote(segmentId: string, note: string): Promise<boolean>;
}

/**
 * The questions (the analysis report's, or the provisional detection before it exists) with a reflection
 * note each; notes stay keyed by the segment where the question was asked.
 */
export function QuestionsPanel(props: QuestionsPanelProps) {
  const { questions, provisional, notes, currentQuestionId, busy, onSeek, onSaveNote } = props;
  const { t } = useLocale();
  return (
    <Section title={t(questionText.title)} count={questions.length} card testId="questions">
      {provisional && (
        <p className="meta-text" data-testid="questions-provisional">
          {t(questionText.provisional)}
        </p>
      )}
      {questions.length === 0 ? (
        <p className="empty">{t(questionText.none)}</p>
      ) : (
        <ol className="question-list">
          {questions.map((question) => {
            const time = formatDuration(question.startMs);
            return (
              <li
                key={question.segmentId}
                className={question.segmentId === currentQuestionId ? 'question question--current' : 'question'}
                data-testid="question"
                data-segment-id={question.segmentId}
              >
                <button
                  type="button"
                  className="question__seek"
                  onClick={() => onSeek(question.startMs)}
                  aria-label={t(reviewText.playFrom(time))}
                >
                  {time}
                </button>
                <p className="question__text">
                  {question.category && (
                    <span className="question__category" data-testid="question-category">
                      {t(question.category)}
                    </span>
                  )}
                  {question.text}
                </p>
                <QuestionNote
                  segmentId={question.segmentId}
                  time={time}
                  saved={notes[question.segmentId] ?? ''}
                  busy={busy}
                  onSave={onSaveNote}
                />
              </li>
            );
          })}
        </ol>
      )}
    </Section>
  );
}
