import { PREP_TEXT_LIMITS, type PracticeAttemptView, type PracticeQuestion } from '@furikaeri/core';
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { prepApi } from '../../api/prep';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Notice } from '../../components/Notice';
import { useAction } from '../../hooks/useAction';
import { usePollWhile } from '../../hooks/usePollWhile';
import { usePracticeAttemptsChanged } from '../../hooks/usePracticeAttemptsChanged';
import { useResource } from '../../hooks/useResource';
import { useLocale } from '../../i18n/LocaleContext';
import { practiceText } from '../../i18n/strings/practice';
import { practiceSessionText } from '../../i18n/strings/practice-session';
import { prepText } from '../../i18n/strings/prep';
import { overLimit, TextareaField } from '../prep/TextareaField';
import { useOutbox } from '../recorder/session/useRecorder';
import { AttemptResult } from './AttemptResult';
import { PracticeSummary } from './PracticeSummary';
import { ProgressChart } from './ProgressChart';
import { SpokenAnswer } from './SpokenAnswer';
import { stillMeasuring, useAttempt } from './useAttempt';
import { useElapsed } from './useElapsed';
import { useSpeech } from './useSpeech';

/**
 * One question at a time: read aloud and shown, a timer against the target, my answer spoken (recorded with
 * the app's recorder) or typed, measured at once; the attempts at this question charted.
 */
export function PracticeSession({ questions, onAttempt }: { questions: PracticeQuestion[]; onAttempt(): void }) {
  const { t } = useLocale();
  const [index, setIndex] = useState(0);
  const [answer, setAnswer] = useState('');
  const question = questions[index] as PracticeQuestion;
  const speech = useSpeech();
  const history = useResource(`attempts:${question.key}`, () => prepApi.attempts(question.key));
  // A recovered take (saved on reopening, or by the server later) is charted, and re-charted once measured.
  usePracticeAttemptsChanged(history.reload);
  usePollWhile((history.data ?? []).some(stillMeasuring), history.reload, 3_000);
  const practiceEvent = useResource('practice-event', () => prepApi.practiceEvent());
  const { outbox, error: outboxError } = useOutbox();
  const action = useAction();
  const changed = useCallback(async () => {
    await history.reload();
    onAttempt();
  }, [history.reload, onAttempt]);
  const { attempt: result, setAttempt: setResult } = useAttempt(changed);
  const elapsed = useElapsed(question.key, result === null);
  // This session's latest attempt per question, for the summary at the end (kept as it is re-measured).
  const [results, setResults] = useState<ReadonlyMap<string, PracticeAttemptView>>(new Map());
  const [finished, setFinished] = useState(false);
  useEffect(() => {
    if (result) setResults((all) => new Map(all).set(result.questionKey, result));
  }, [result]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: read each new question aloud once, when it is shown.
  useEffect(() => {
    speech.speak(question.text);
  }, [question.key, speech.available]);

  const keep = (make: () => Promise<PracticeAttemptView>) =>
    void action.run(async () => {
      setResult(await make());
      await changed();
    });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    keep(() =>
      prepApi.answer({
        questionKey: question.key,
        question: question.text,
        answer,
        durationMs: null,
        keyPoints: question.keyPoints,
        scopeId: question.scopeId,
      }),
    );
  };
  const take = {
    questionKey: question.key,
    question: question.text,
    keyPoints: question.keyPoints,
    scopeId: question.scopeId,
  };
  // SpokenAnswer calls this once per saved take (it remembers which take it handled): the attempt the server
  // made of it when it was saved, waited for until its audio is measured.
  const recorded = (recordingId: string) => keep(() => prepApi.answerSpoken({ ...take, recordingId }));
  const last = index === questions.length - 1;
  const show = (nextIndex: number) => {
    setIndex(nextIndex);
    setAnswer('');
    setResult(null);
  };
  // The last question ends the session with its summary rather than starting over unannounced.
  const next = () => (last ? setFinished(true) : show(index + 1));
  const again = () => {
    setResults(new Map());
    setFinished(false);
    show(0);
  };
  const over = elapsed > question.targetSeconds;

  if (finished) return <PracticeSummary questions={questions} results={results} onAgain={again} />;
  return (
    <div className="stack" data-testid="practice-session">
      <section className="card section practice-question">
        <p className="meta-text">{t(prepText.questionOf(index + 1, questions.length))}</p>
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
          <button type="button" className="button button--small" onClick={next} data-testid="practice-next">
            {t(last ? practiceSessionText.finish : prepText.next)}
          </button>
        </div>
      </section>
      <section className="card section">
        {practiceEvent.data && outbox ? (
          <SpokenAnswer event={practiceEvent.data} take={take} outbox={outbox} onRecorded={recorded} />
        ) : (
          <ErrorNotice error={practiceEvent.error ?? outboxError} />
        )}
      </section>
      <form className="form card section" onSubmit={submit}>
        <h3>{t(practiceText.orType)}</h3>
        <TextareaField
          label={t(prepText.yourAnswer)}
          value={answer}
          onChange={setAnswer}
          rows={5}
          limit={PREP_TEXT_LIMITS.practiceAnswer}
          testId="practice-answer"
        />
        <div className="form__actions">
          <button
            type="submit"
            className="button button--primary"
            disabled={action.busy || answer.trim() === '' || overLimit(answer, PREP_TEXT_LIMITS.practiceAnswer)}
            data-testid="practice-send"
          >
            {t(prepText.send)}
          </button>
        </div>
      </form>
      <ErrorNotice error={action.error} onDismiss={action.clearError} />
      {result && <AttemptResult attempt={result} onChange={setResult} />}
      {history.data && history.data.length > 0 && (
        <ProgressChart attempts={history.data} title={t(prepText.progress)} testId="progress-chart" />
      )}
    </div>
  );
}
