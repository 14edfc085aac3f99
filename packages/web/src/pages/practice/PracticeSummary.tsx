import type { PracticeAttemptView, PracticeQuestion } from '@furikaeri/core';
import { Badge } from '../../components/Badge';
import { useLocale } from '../../i18n/LocaleContext';
import { practiceText } from '../../i18n/strings/practice';
import { practiceSessionText } from '../../i18n/strings/practice-session';
import { prepText } from '../../i18n/strings/prep';
import { href } from '../../router/routes';

/**
 * The end of a session: how many questions were answered, each one's latest verdicts, and the way on —
 * the same set again, or back to the preparation the questions came from.
 */
export function PracticeSummary({
  questions,
  results,
  onAgain,
}: {
  questions: readonly PracticeQuestion[];
  results: ReadonlyMap<string, PracticeAttemptView>;
  onAgain(): void;
}) {
  const { t } = useLocale();
  const answered = questions.filter((question) => results.has(question.key)).length;
  // Predicted questions carry the company or application they were made for: its prep page is "back".
  const scope = questions.find((question) => question.scopeId)?.scopeId ?? null;
  return (
    <section className="card section stack" data-testid="practice-summary" aria-live="polite">
      <h2>{t(practiceSessionText.summaryTitle)}</h2>
      <p data-testid="summary-answered">{t(practiceSessionText.answered(answered, questions.length))}</p>
      <ol className="plain-list stack practice-summary">
        {questions.map((question) => (
          <li key={question.key} data-testid="summary-question" data-answered={results.has(question.key)}>
            <p className="practice-summary__question" data-user-content>
              {question.text}
            </p>
            <Verdicts attempt={results.get(question.key)} />
          </li>
        ))}
      </ol>
      <div className="form__actions">
        <button type="button" className="button button--primary" onClick={onAgain} data-testid="practice-again">
          {t(practiceSessionText.again)}
        </button>
        <a className="button" href={scope ? href.prep(scope) : href.questions()} data-testid="practice-back">
          {t(scope ? practiceSessionText.backToPrep : practiceSessionText.toBank)}
        </a>
      </div>
    </section>
  );
}

function Verdicts({ attempt }: { attempt: PracticeAttemptView | undefined }) {
  const { t } = useLocale();
  if (!attempt) return <Badge tone="neutral">{t(practiceSessionText.notAnswered)}</Badge>;
  const length = attempt.spoken?.delivery?.length ?? attempt.score?.length ?? null;
  const points = attempt.score?.keyPoints ?? [];
  return (
    <div className="practice-summary__verdicts" data-testid="summary-verdicts">
      <Badge tone="neutral">{t(attempt.spoken ? practiceSessionText.spoken : practiceSessionText.typed)}</Badge>
      {length ? (
        <Badge tone={length === 'ok' ? 'success' : 'warning'}>
          {t(prepText.length)}: {t(practiceText.lengths[length])}
        </Badge>
      ) : (
        <Badge tone="neutral">{t(practiceSessionText.measuring)}</Badge>
      )}
      {points.length > 0 && (
        <Badge tone={points.every((point) => point.covered) ? 'success' : 'warning'}>
          {t(practiceSessionText.points(points.filter((point) => point.covered).length, points.length))}
        </Badge>
      )}
    </div>
  );
}
