import type { PracticeAttemptView } from '@furikaeri/core';
import { Badge } from '../../components/Badge';
import { useLocale } from '../../i18n/LocaleContext';
import { prepText } from '../../i18n/strings/prep';

/** What one answer did: length against the guideline, pace when timed, fillers, the key points made. */
export function AttemptResult({ attempt }: { attempt: PracticeAttemptView }) {
  const { t } = useLocale();
  const { score } = attempt;
  return (
    <section className="card section practice-result" data-testid="attempt-result">
      <h3>{t(prepText.result)}</h3>
      <dl className="practice-result__figures">
        <dt>{t(prepText.characters)}</dt>
        <dd data-testid="result-characters">
          {score.characters}字{' '}
          <Badge tone={score.length === 'ok' ? 'success' : 'warning'}>{t(prepText.lengths[score.length])}</Badge>
        </dd>
        <dt>{t(prepText.pace)}</dt>
        <dd>
          {score.charsPerMinute === null
            ? t(prepText.typedNoPace)
            : `${score.charsPerMinute} ${t(prepText.charsPerMinute)}`}
        </dd>
        <dt>{t(prepText.fillers)}</dt>
        <dd data-testid="result-fillers">
          {score.fillers}
          {score.fillerWords.length > 0 && `（${score.fillerWords.join('、')}）`}
        </dd>
      </dl>
      {score.keyPoints.length > 0 && (
        <>
          <h4>{t(prepText.covered)}</h4>
          <ul className="plain-list">
            {score.keyPoints.map((point) => (
              <li key={point.point} data-testid="key-point" data-covered={point.covered}>
                {point.covered ? '✓' : '✗'} {point.point}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
