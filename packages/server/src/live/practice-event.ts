import { EVENT_TYPE_LABELS, type JobEvent, ROUND_LABELS } from '@furikaeri/core';
import { type Clock, localDate } from '../config/clock';
import type { LibraryService } from '../services/library-service';

/**
 * Where a practice run goes: a practice event of its own beside the real one (same company and
 * application), so the library shows it marked as practice and the interview's own analysis never mixes
 * it in. Practice runs before the same event on the same day share one practice event.
 */
export function practiceEventFor(library: LibraryService, event: JobEvent, clock: Clock): JobEvent {
  const label = event.round ? ROUND_LABELS[event.round] : EVENT_TYPE_LABELS[event.type];
  const title = `練習録音（${event.title || label.ja}の前）`;
  const date = localDate(clock);
  const existing = library
    .listEvents(event.companyId ? { companyId: event.companyId } : {})
    .find((candidate) => candidate.type === 'practice' && candidate.title === title && candidate.date === date);
  if (existing) return existing;
  return library.createEvent({
    type: 'practice',
    companyId: event.companyId,
    applicationId: event.applicationId,
    title,
    date,
    // Only the user is recorded in a practice run: there is nobody to ask.
    consent: 'not_asked',
    notes: 'リハーサル（本番と同じ手順で録音した練習）',
  });
}
