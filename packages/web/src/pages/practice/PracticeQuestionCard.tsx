import type { PracticeQuestion } from '@furikaeri/core';
import { Notice } from '../../components/Notice';
import { useLocale } from '../../i18n/LocaleContext';
import { practiceSessionText } from '../../i18n/strings/practice-session';
import { prepText } from '../../i18n/strings/prep';

interface PracticeQuestionCardProps {
  question: PracticeQuestion;
  /** 1-based position in the set, and the set's size. */
  position: number;
  count: number;
  /** Seconds since the question was shown (stopped once answered). */
  elapsed: number;
  speech: { available: boolean; speak(text: string): void };
  last: boolean;
  onNext(): void;
}

/** The question being practised: its text, the timer against its target, read aloud again, next (or finish). */
export function PracticeQuestionCard({
  question,
  position,
  count,
  elapsed,
  speech,
  last,
  onNext,
}: PracticeQuestionCardProps) {
  const { t } = useLocale();
  const over = elapsed > question.targetSeconds;
  return (
    <section className="card section practice-question">
      <p className="meta-text">{t(prepText.questionOf(position, count))}</p>
      <p className="practice-question__text" data-testid="practice-question" data-user-content>
        {question.text}
      </p>
      {!speech.available && (
        <Notice tone="info">
          <p>{t(prepText.noVoice)}</p>
        </Notice>
      )}
      <div className="practice-question__bar">
        <span
          className={over ? 'practice-timer practice-timer--over' : 'practice-timer'}
          data-testid="practice-timer"
          role="timer"
        >
          {t(practiceSessionText.timer(elapsed, question.targetSeconds))}
        </span>
        {speech.available && (
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={() => speech.speak(question.text)}
          >
            {t(prepText.speak)}
          </button>
        )}
        <button type="button" className="button button--small" onClick={onNext} data-testid="practice-next">
          {t(last ? practiceSessionText.finish : prepText.next)}
        </button>
      </div>
    </section>
  );
}
