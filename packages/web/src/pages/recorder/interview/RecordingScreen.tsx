import { formatDuration } from '@furikaeri/core';
import { useState } from 'react';
import { useLocale } from '../../../i18n/LocaleContext';
import { recorderText } from '../../../i18n/strings/recorder';
import { LevelMeter } from '../rehearsal/LevelMeter';
import type { RecorderController } from '../session/recorder-controller';
import type { RecorderSnapshot } from '../session/recorder-state';
import { DimOverlay } from './DimOverlay';
import { FaultNotices } from './FaultNotices';
import { MicLostActions } from './MicLostActions';
import { RecordButton } from './RecordButton';
import { SaveStatus } from './SaveStatus';
import { useHotkeys } from './useHotkeys';

const STATUS = {
  recording: recorderText.recordingNow,
  paused: recorderText.pausedNow,
  interrupted: recorderText.interruptedNow,
  stopping: recorderText.stoppingNow,
} as const;

/**
 * The in-interview screen: needs no attention. A large clock, one large stop button, pause, bookmark and
 * dim, each also on a key; what is saved is always visible.
 */
export function RecordingScreen({
  controller,
  snapshot,
}: {
  controller: RecorderController;
  snapshot: RecorderSnapshot;
}) {
  const { t } = useLocale();
  const [dim, setDim] = useState(false);
  const { phase } = snapshot;
  const stopping = phase === 'stopping';
  const togglePause = () => void (phase === 'paused' ? controller.resume() : controller.pause());
  useHotkeys(
    {
      b: () => controller.bookmark(),
      p: togglePause,
      d: () => setDim((current) => !current),
      Escape: () => setDim(false),
    },
    !stopping,
  );
  const status = STATUS[phase as keyof typeof STATUS] ?? recorderText.recordingNow;
  const lastBookmark = snapshot.bookmarks.at(-1);
  return (
    <section className="rec-screen" data-testid="recording-screen" data-phase={phase} aria-label={t(status)}>
      <FaultNotices controller={controller} snapshot={snapshot} />
      <p className="rec-screen__status" data-testid="recorder-status">
        <span className="rec-screen__dot" data-phase={phase} aria-hidden="true" />
        {t(status)}
      </p>
      <p className="rec-screen__clock" role="timer" data-testid="elapsed" aria-label={t(recorderText.elapsed)}>
        {formatDuration(snapshot.capturedMs)}
      </p>
      <SaveStatus snapshot={snapshot} />
      {phase === 'interrupted' ? (
        <MicLostActions controller={controller} snapshot={snapshot} />
      ) : (
        <div className="rec-screen__controls">
          <RecordButton recording busy={stopping} onPress={() => void controller.stop()} />
          <div className="rec-screen__secondary">
            <button
              type="button"
              className="button"
              onClick={togglePause}
              disabled={stopping}
              data-testid="pause-button"
            >
              {t(phase === 'paused' ? recorderText.resume : recorderText.pause)}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => controller.bookmark()}
              disabled={stopping}
              data-testid="bookmark-button"
            >
              {t(recorderText.bookmark)}
              {snapshot.bookmarks.length > 0 && <span className="rec-screen__count">{snapshot.bookmarks.length}</span>}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => setDim(true)}
              disabled={stopping}
              data-testid="dim-button"
            >
              {t(recorderText.dim)}
            </button>
          </div>
        </div>
      )}
      <p className="rec-screen__note" role="status" data-testid="bookmark-note">
        {lastBookmark !== undefined ? t(recorderText.bookmarkAdded(lastBookmark)) : ''}
      </p>
      {stopping && (
        <p className="meta-text" data-testid="stopping-note">
          {t(recorderText.stopping)} {snapshot.send.fault ? t(recorderText.stoppingWaiting) : ''}
        </p>
      )}
      {snapshot.monitoring && (
        <LevelMeter subscribe={controller.devices.onLevel} channels={snapshot.mode === 'online' ? 2 : 1} compact />
      )}
      <p className="rec-screen__hotkeys">{t(recorderText.hotkeys)}</p>
      {dim && <DimOverlay capturedMs={snapshot.capturedMs} paused={phase === 'paused'} onClose={() => setDim(false)} />}
    </section>
  );
}
