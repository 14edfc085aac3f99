import type { PracticeAttemptView, PracticeQuestion } from '@furikaeri/core';
import { type FormEvent, useEffect, useState } from 'react';
import { prepApi } from '../../api/prep';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Notice } from '../../components/Notice';
import { useAction } from '../../hooks/useAction';
import { useResource } from '../../hooks/useResource';
import { useLocale } from '../../i18n/LocaleContext';
import { prepText } from '../../i18n/strings/prep';
import { TextareaField } from '../prep/TextareaField';
import { AttemptResult } from './AttemptResult';
import { ProgressChart } from './ProgressChart';
import { SpokenAnswer } from './SpokenAnswer';
import { useAnswerRecorder } from './useAnswerRecorder';
import { useElapsed } from './useElapsed';
import { useSpeech } from './useSpeech';

/** ≈300 characters for an open answer (DESIGN.md norms), the scale of the progress chart. */
const TARGET_CHARS = 300;

/** One question at a time: read aloud and shown, a timer against the target, my typed answer checked at once. */
export function PracticeSession({ questions }: { questions: PracticeQuestion[] }) {
  const { t } = useLocale();
  const [index, setIndex] = useState(0);
  const [answer, setAnswer] = useState('');
  const [result, setResult] = useState<PracticeAttemptView | null>(null);
  const question = questions[index] as PracticeQuestion;
  const speech = useSpeech();
  const elapsed = useElapsed(question.key, result === null);
  const history = useResource(`attempts:${question.key}`, () => prepApi.attempts(question.key));
  const action = useAction();
  const recording = useAnswerRecorder();

  // biome-ignore lint/correctness/useExhaustiveDependencies: read each new question aloud once, when it is shown.
  useEffect(() => {
    speech.speak(question.text);
  }, [question.key, speech.available]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action.run(async () => {
      const attempt = await prepApi.answer({
        questionKey: question.key,
        question: question.text,
        answer,
        durationMs: recording.spokenMs,
        keyPoints: question.keyPoints,
      });
      setResult(attempt);
      await history.reload();
    });
  };
  const next = () => {
    setIndex((index + 1) % questions.length);
    setAnswer('');
    setResult(null);
    recording.reset();
  };
  const over = elapsed > question.targetSeconds;

  return (
    <div className="stack" data-testid="practice-session">
      <section className="card section practice-question">
        <p className="meta-text">{t(prepText.questionOf(index + 1, questions.length))}</p>
        <p className="practice-question__text" data-testid="practice-question">
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
            {t(prepText.timer)} {elapsed}s / {t(prepText.target(question.targetSeconds))}
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
        </div>
      </section>
      <form className="form card section" onSubmit={submit}>
        <SpokenAnswer recording={recording} />
        <TextareaField
          label={t(prepText.yourAnswer)}
          value={answer}
          onChange={setAnswer}
          rows={6}
          testId="practice-answer"
        />
        <div className="form__actions">
          <button
            type="submit"
            className="button button--primary"
            disabled={action.busy || answer.trim() === ''}
            data-testid="practice-send"
          >
            {t(prepText.send)}
          </button>
          <button type="button" className="button" onClick={next} data-testid="practice-next">
            {t(prepText.next)}
          </button>
        </div>
        <ErrorNotice error={action.error} onDismiss={action.clearError} />
      </form>
      {result && <AttemptResult attempt={result} />}
      {history.data && <ProgressChart attempts={history.data} targetChars={TARGET_CHARS} />}
    </div>
  );
}
