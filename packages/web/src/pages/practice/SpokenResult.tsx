import type { PracticeAttemptView, SpokenAttempt } from '@furikaeri/core';
import { Badge } from '../../components/Badge';
import { Notice } from '../../components/Notice';
import { useLocale } from '../../i18n/LocaleContext';
import { practiceText } from '../../i18n/strings/practice';
import { lengthFromTarget } from '../../i18n/strings/practice-length';
import { ReanalyseButton } from './ReanalyseButton';

/**
 * What the recording of a spoken answer showed without any speech model (length against the target, speech
 * and silence from the VAD, intonation from YIN), and where its transcript stands, said honestly.
 */
export function SpokenResult({
  attemptId,
  spoken,
  onChange,
}: {
  attemptId: string;
  spoken: SpokenAttempt;
  onChange(attempt: PracticeAttemptView): void;
}) {
  const { t } = useLocale();
  const seconds = (ms: number) => t(practiceText.seconds(ms));
  const { delivery, transcript } = spoken;
  return (
    <div className="practice-result__spoken" data-testid="spoken-result" data-transcript={transcript}>
      <h4>{t(practiceText.spokenResult)}</h4>
      {delivery === null ? (
        transcript === 'pending' && <p role="status">{t(practiceText.analysing)}</p>
      ) : (
        <dl className="practice-result__figures" data-testid="spoken-delivery">
          <dt>{t(practiceText.answerLength)}</dt>
          <dd data-testid="spoken-length" data-length={delivery.length}>
            {seconds(delivery.answerMs)}{' '}
            <Badge tone={delivery.length === 'ok' ? 'success' : 'warning'}>
              {t(practiceText.lengths[delivery.length])}
            </Badge>
            {delivery.length !== 'silent' && (
              <span className="meta-text" data-testid="spoken-length-gap">
                {' '}
                {t(
                  lengthFromTarget(
                    Math.round(delivery.answerMs / 1000),
                    Math.round(delivery.targetMs / 1000),
                    'seconds',
                  ),
                )}
              </span>
            )}
          </dd>
          <dt>{t(practiceText.take)}</dt>
          <dd>{seconds(delivery.takeMs)}</dd>
          <dt>{t(practiceText.speaking)}</dt>
          <dd data-testid="spoken-speaking">
            {seconds(delivery.speakingMs)} / {t(practiceText.silence)} {seconds(delivery.silenceMs)}
          </dd>
          <dt>{t(practiceText.leadIn)}</dt>
          <dd>
            {seconds(delivery.leadInMs)} ·{' '}
            {t(practiceText.pauses(delivery.pauses, Math.round(delivery.longestPauseMs / 1000)))}
          </dd>
          <dt>{t(practiceText.intonation)}</dt>
          <dd data-testid="spoken-intonation">
            {delivery.intonation
              ? t(
                  practiceText.intonationValue(
                    delivery.intonation.pvq.value,
                    delivery.intonation.rangeSemitones.value,
                    delivery.intonation.monotone,
                  ),
                )
              : t(practiceText.noIntonation)}
          </dd>
        </dl>
      )}
      <Notice tone={transcript === 'no_model' || transcript === 'not_transcribed' ? 'warning' : 'info'}>
        <p data-testid="transcript-state">{t(practiceText.states[transcript])}</p>
        {transcript === 'not_transcribed' && (
          <ReanalyseButton
            attemptIds={[attemptId]}
            label={t(practiceText.reanalyse)}
            small
            testId="reanalyse"
            onDone={([attempt]) => attempt && onChange(attempt)}
          />
        )}
      </Notice>
    </div>
  );
}
