import { formatDuration, type TranscriptSegment } from '@furikaeri/core';
import { Section } from '../../../components/Section';
import { useLocale } from '../../../i18n/LocaleContext';
import { questionText, reviewText } from '../../../i18n/strings/review';
import { QuestionNote } from './QuestionNote';

interface QuestionsPanelProps {
  questions: readonly TranscriptSegment[];
  notes: Record<string, string>;
  currentQuestionId: string | null;
  busy: boolean;
  onSeek(ms: number): void;
  onSaveNote(segmentId: string, note: string): Promise<boolean>;
}

/**
 * The questions (provisional detection until the analysis report replaces it) with a reflection note each.
 * The analysis will show these as Q/A cards with metrics; the notes stay keyed by the question's segment.
 */
export function QuestionsPanel({ questions, notes, currentQuestionId, busy, onSeek, onSaveNote }: QuestionsPanelProps) {
  const { t } = useLocale();
  return (
    <Section title={t(questionText.title)} count={questions.length} card testId="questions">
      <p className="meta-text" data-testid="questions-provisional">
        {t(questionText.provisional)}
      </p>
      {questions.length === 0 ? (
        <p className="empty">{t(questionText.none)}</p>
      ) : (
        <ol className="question-list">
          {questions.map((question) => {
            const time = formatDuration(question.startMs);
            return (
              <li
                key={question.id}
                className={question.id === currentQuestionId ? 'question question--current' : 'question'}
                data-testid="question"
                data-segment-id={question.id}
              >
                <button
                  type="button"
                  className="question__seek"
                  onClick={() => onSeek(question.startMs)}
                  aria-label={t(reviewText.playFrom(time))}
                >
                  {time}
                </button>
                <p className="question__text">{question.text}</p>
                <QuestionNote
                  segmentId={question.id}
                  time={time}
                  saved={notes[question.id] ?? ''}
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
