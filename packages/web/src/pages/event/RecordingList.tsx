import type { Job, RecordingView } from '@furikaeri/core';
import { useLocale } from '../../i18n/LocaleContext';
import { eventPage } from '../../i18n/strings/event';
import { RecordingCard } from './RecordingCard';

interface RecordingListProps {
  recordings: RecordingView[];
  onJob(job: Job): void;
  onDeleted(recordingId: string): void;
  onChanged(): void;
}

export function RecordingList({ recordings, ...handlers }: RecordingListProps) {
  const { t } = useLocale();
  if (recordings.length === 0) {
    return (
      <p className="empty" data-testid="no-recordings">
        {t(eventPage.noRecordingsYet)}
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
