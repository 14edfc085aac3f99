import type { PracticeAttemptView, PracticeQuestion } from '@furikaeri/core';
import { useCallback, useEffect, useState } from 'react';
import { prepApi } from '../../api/prep';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useAction } from '../../hooks/useAction';
import { usePollWhile } from '../../hooks/usePollWhile';
import { usePracticeAttemptsChanged } from '../../hooks/usePracticeAttemptsChanged';
import { useResource } from '../../hooks/useResource';
import { useLocale } from '../../i18n/LocaleContext';
import { prepText } from '../../i18n/strings/prep';
import { useOutbox } from '../recorder/session/useRecorder';
import { AttemptResult } from './AttemptResult';
import { PracticeQuestionCard } from './PracticeQuestionCard';
import { PracticeSummary } from './PracticeSummary';
import { ProgressChart } from './ProgressChart';
import { SpokenAnswer } from './SpokenAnswer';
import { TypedAnswerForm } from './TypedAnswerForm';
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
  const submit = () =>
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

  if (finished) return <PracticeSummary questions={questions} results={results} onAgain={again} />;
  return (
    <div className="stack" data-testid="practice-session">
      <PracticeQuestionCard
        question={question}
        position={index + 1}
        count={questions.length}
        elapsed={elapsed}
        speech={speech}
        last={last}
        onNext={next}
      />
      <section className="card section">
        {practiceEvent.data && outbox ? (
          <SpokenAnswer event={practiceEvent.data} take={take} outbox={outbox} onRecorded={recorded} />
        ) : (
          <ErrorNotice error={practiceEvent.error ?? outboxError} />
        )}
      </section>
      <TypedAnswerForm answer={answer} onAnswer={setAnswer} busy={action.busy} onSubmit={submit} />
      <ErrorNotice error={action.error} onDismiss={action.clearError} />
      {result && <AttemptResult attempt={result} onChange={setResult} />}
      {history.data && history.data.length > 0 && (
        <ProgressChart attempts={history.data} title={t(prepText.progress)} testId="progress-chart" />
      )}
    </div>
  );
}
