import { useLocale } from '../../../i18n/LocaleContext';
import { recorderText } from '../../../i18n/strings/recorder';

/**
 * The one large button: a red circle that starts, a square that stops, at the same place on the screen.
 * Stopping asks nothing (the recording is saved either way).
 */
export function RecordButton({ recording, busy, onPress }: { recording: boolean; busy: boolean; onPress(): void }) {
  const { t } = useLocale();
  const label = busy
    ? recording
      ? recorderText.stoppingNow
      : recorderText.starting
    : recording
      ? recorderText.stop
      : recorderText.start;
  return (
    <button
      type="button"
      className={`record-button${recording ? ' record-button--stop' : ''}`}
      onClick={onPress}
      disabled={busy}
      data-testid={recording ? 'stop-button' : 'start-button'}
    >
      <span className="record-button__icon" aria-hidden="true" />
      <span className="record-button__label">{t(label)}</span>
    </button>
  );
}
