import { CONSENT_LABELS, formatBytes, formatDuration, type Recording } from '@furikaeri/core';
import { formatTimestamp } from '../../i18n/dates';
import { useLocale } from '../../i18n/LocaleContext';
import { recordingCard } from '../../i18n/strings/event';

/** Length, size, when it was added and the consent it was recorded under. */
export function RecordingFacts({ recording }: { recording: Recording }) {
  const { t, locale } = useLocale();
  const durationMs = recording.pcm?.durationMs ?? recording.media?.durationMs ?? null;
  return (
    <dl className="recording-card__facts">
      <div>
        <dt>{t(recordingCard.duration)}</dt>
        <dd data-testid="recording-duration">{durationMs === null ? '—' : formatDuration(durationMs)}</dd>
      </div>
      <div>
        <dt>{t(recordingCard.size)}</dt>
        <dd data-testid="recording-size">{formatBytes(recording.sizeBytes)}</dd>
      </div>
      <div>
        <dt>{t(recordingCard.addedAt)}</dt>
        <dd>{formatTimestamp(recording.createdAt, locale)}</dd>
      </div>
      <div>
        <dt>{t(recordingCard.consent)}</dt>
        <dd>{t(CONSENT_LABELS[recording.consent])}</dd>
      </div>
    </dl>
  );
}
