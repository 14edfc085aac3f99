import type { Job, RecordingView } from '@furikaeri/core';
import { RecordingCard } from './RecordingCard';

interface RecordingListProps {
  recordings: RecordingView[];
  /** Shown when there is none. */
  empty: string;
  onJob(job: Job): void;
  onDeleted(recordingId: string): void;
  onChanged(): void;
}

export function RecordingList({ recordings, empty, ...handlers }: RecordingListProps) {
  if (recordings.length === 0) {
    return (
      <p className="empty" data-testid="no-recordings">
        {empty}
      </p>
    );
  }
  return (
    <ul className="recording-list" data-testid="recording-list">
      {recordings.map((recording) => (
        <RecordingCard key={recording.id} recording={recording} {...handlers} />
      ))}
    </ul>
  );
}
