import { Notice } from '../../components/Notice';
import { useLocale } from '../../i18n/LocaleContext';
import { prepText } from '../../i18n/strings/prep';
import type { AnswerRecording } from './useAnswerRecorder';

/** Answering aloud: start and stop, the time spoken, and the take to listen to. */
export function SpokenAnswer({ recording }: { recording: AnswerRecording }) {
  const { t } = useLocale();
  return (
    <div className="practice-spoken" data-testid="spoken-answer">
      {recording.state === 'recording' ? (
        <button type="button" className="button button--danger" onClick={recording.stop} data-testid="record-stop">
          ■ {t(prepText.stopRecording)}
        </button>
      ) : (
        <button type="button" className="button" onClick={() => void recording.start()} data-testid="record-start">
          ● {t(prepText.recordAnswer)}
        </button>
      )}
      {recording.state === 'recording' && <span role="status">{t(prepText.recordingNow)}</span>}
      {recording.state === 'done' && recording.spokenMs !== null && (
        <>
          <p className="meta-text" data-testid="spoken-time">
            {t(prepText.spoken(Math.round(recording.spokenMs / 1000)))}
          </p>
          {recording.audioUrl && (
            // biome-ignore lint/a11y/useMediaCaption: my own spoken answer, played back to myself.
            <audio controls src={recording.audioUrl} data-testid="spoken-audio" />
          )}
        </>
      )}
      {recording.error !== null && (
        <Notice tone="warning">
          <p>{t(prepText.micError)}</p>
        </Notice>
      )}
    </div>
  );
}
