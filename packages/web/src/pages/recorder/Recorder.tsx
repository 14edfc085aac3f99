import type { JobEvent } from '@furikaeri/core';
import { StopSummary } from './done/StopSummary';
import { FaultNotices } from './interview/FaultNotices';
import { RecordingScreen } from './interview/RecordingScreen';
import { RehearsalPanel } from './rehearsal/RehearsalPanel';
import { StartPanel } from './StartPanel';
import { useRecorder } from './session/useRecorder';
import type { Outbox } from './upload/outbox';

/** The recorder's screens: rehearsal and start, the in-interview screen, and the end. */
export function Recorder({ event, outbox }: { event: JobEvent; outbox: Outbox }) {
  const [controller, snapshot] = useRecorder(event.id, outbox);
  switch (snapshot.phase) {
    case 'setup':
    case 'starting':
      return (
        <div className="recorder" data-testid="recorder" data-phase={snapshot.phase}>
          <FaultNotices controller={controller} snapshot={snapshot} />
          <div className="page-grid page-grid--event">
            <div className="page-grid__main">
              <StartPanel controller={controller} snapshot={snapshot} consent={event.consent} />
            </div>
            <aside className="page-grid__side">
              <RehearsalPanel controller={controller} snapshot={snapshot} />
            </aside>
          </div>
        </div>
      );
    case 'stopped':
      return (
        <div className="recorder" data-testid="recorder" data-phase={snapshot.phase}>
          <StopSummary controller={controller} snapshot={snapshot} />
        </div>
      );
    default:
      return (
        <div className="recorder" data-testid="recorder" data-phase={snapshot.phase}>
          <RecordingScreen controller={controller} snapshot={snapshot} />
        </div>
      );
  }
}
