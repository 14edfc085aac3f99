import type { PracticeAttemptView } from '@furikaeri/core';
import { Badge } from '../../components/Badge';
import { useLocale } from '../../i18n/LocaleContext';
import { practiceText } from '../../i18n/strings/practice';
import { charCount, lengthFromTarget } from '../../i18n/strings/practice-length';
import { prepText } from '../../i18n/strings/prep';
import { prepFormat } from '../../i18n/strings/prep-format';
import { SpokenResult } from './SpokenResult';

/**
 * What one answer did: a spoken one's audio (length, speech and silence, intonation), and the words —
 * typed, or transcribed once a model made the transcript — length, pace, fillers, the key points made.
 */
export function AttemptResult({
  attempt,
  onChange,
}: {
  attempt: PracticeAttemptView;
  onChange(attempt: PracticeAttemptView): void;
}) {
  const { t } = useLocale();
  const { score, spoken } = attempt;
  return (
    <section className="card section practice-result" data-testid="attempt-result">
      <h3>{t(prepText.result)}</h3>
      {spoken && <SpokenResult attemptId={attempt.id} spoken={spoken} onChange={onChange} />}
      {spoken && score && (
        <p className="practice-result__transcript" data-testid="spoken-transcript">
          {t(practiceText.transcript)}: <span data-user-content>{attempt.answer}</span>
        </p>
      )}
      {score && (
        <dl className="practice-result__figures" data-testid="text-score">
          <dt>{t(prepText.characters)}</dt>
          <dd data-testid="result-characters">
            {t(charCount(score.characters))}{' '}
            <Badge tone={score.length === 'ok' ? 'success' : 'warning'}>{t(prepText.lengths[score.length])}</Badge>
            {score.targetChars !== undefined && (
              <span className="meta-text" data-testid="result-length-gap">
                {' '}
                {t(lengthFromTarget(score.characters, score.targetChars, 'chars'))}
              </span>
            )}
          </dd>
          <dt>{t(prepText.pace)}</dt>
          <dd data-testid="result-pace">
            {score.charsPerMinute === null
              ? t(prepText.typedNoPace)
              : `${score.charsPerMinute} ${t(prepText.charsPerMinute)}${
                  score.moraePerMinute ? ` · ${score.moraePerMinute} ${t(practiceText.moraePerMinute)}` : ''
                }`}
          </dd>
          <dt>{t(prepText.fillers)}</dt>
          <dd data-testid="result-fillers">
            {score.fillers}
            {score.fillerWords.length > 0 && (
              <span data-user-content>{t(prepFormat.paren(score.fillerWords.join(t(prepFormat.list))))}</span>
            )}
          </dd>
        </dl>
      )}
      {score && score.keyPoints.length > 0 && (
        <>
          <h4>{t(prepText.covered)}</h4>
          <ul className="plain-list">
            {score.keyPoints.map((point) => (
              <li key={point.point} data-testid="key-point" data-covered={point.covered}>
                {point.covered ? '✓' : '✗'} <span data-user-content>{point.point}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
