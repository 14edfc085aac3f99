import type { JobEvent, PracticeTake } from '@furikaeri/core';
import { useEffect, useRef } from 'react';
import { Notice } from '../../components/Notice';
import { useLocale } from '../../i18n/LocaleContext';
import { practiceText } from '../../i18n/strings/practice';
import { FaultNotices } from '../recorder/interview/FaultNotices';
import { LevelMeter } from '../recorder/rehearsal/LevelMeter';
import { useRecorder } from '../recorder/session/useRecorder';
import type { Outbox } from '../recorder/upload/outbox';
import '../recorder/recorder.css';

/**
 * Answering aloud with the app's recorder (its capture, outbox and chunked upload: nothing is lost if the tab
 * crashes), into the day's practice event. The take starts with its question, so a take saved after a crash
 * is still that question's attempt. When the take is saved, `onRecorded` gets its recording.
 */
export function SpokenAnswer({
  event,
  take,
  outbox,
  onRecorded,
}: {
  event: JobEvent;
  take: PracticeTake;
  outbox: Outbox;
  onRecorded(recordingId: string): void;
}) {
  const { t } = useLocale();
  const [controller, snapshot] = useRecorder(event.id, outbox);
  const handled = useRef<string | null>(null);
  const { phase, result } = snapshot;

  useEffect(() => {
    if (phase !== 'stopped' || !result || handled.current === result.session.id) return;
    handled.current = result.session.id;
    if (result.recording) onRecorded(result.recording.id);
    // Ready for the next take; a take too short to keep says so below.
    if (result.recording) controller.reset();
  }, [phase, result, controller, onRecorded]);

  const recording = phase === 'recording' || phase === 'paused' || phase === 'interrupted';
  return (
    <div className="practice-spoken" data-testid="spoken-answer" data-phase={phase}>
      <FaultNotices controller={controller} snapshot={snapshot} />
      <div className="practice-spoken__bar">
        {recording ? (
          <button
            type="button"
            className="button button--danger"
            onClick={() => void controller.stop()}
            data-testid="record-stop"
          >
            ■ {t(practiceText.stopRecording)}
          </button>
        ) : (
          <button
            type="button"
            className="button button--primary"
            onClick={() => void controller.start(true, take)}
            disabled={phase === 'starting' || phase === 'stopping'}
            data-testid="record-start"
          >
            ● {t(practiceText.recordAnswer)}
          </button>
        )}
        <span role="status" data-testid="record-status" data-captured-ms={Math.round(snapshot.capturedMs)}>
          {phase === 'starting' && t(practiceText.starting)}
          {recording && t(practiceText.recordingNow(Math.floor(snapshot.capturedMs / 1000)))}
          {phase === 'stopping' && t(practiceText.saving)}
        </span>
      </div>
      {snapshot.monitoring && <LevelMeter subscribe={controller.devices.onLevel} channels={1} compact />}
      {phase === 'stopped' && result && !result.recording && (
        <Notice tone="warning">
          <p>{t(practiceText.tooShort)}</p>
        </Notice>
      )}
      <p className="meta-text">{t(practiceText.kept)}</p>
    </div>
  );
}
