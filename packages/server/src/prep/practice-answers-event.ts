import type { JobEvent } from '@furikaeri/core';
import { type Clock, localDate } from '../config/clock';
import type { LibraryService } from '../services/library-service';

export const PRACTICE_ANSWERS_TITLE = '回答練習（練習モード）';

/**
 * Where spoken practice answers are recorded: one practice event per day, with no company, so the takes
 * are in the vault like every recording (encrypted, crash-safe, deletable) and the library shows them
 * marked as practice, apart from the interviews and their analysis.
 */
export function practiceAnswersEvent(library: LibraryService, clock: Clock): JobEvent {
  const date = localDate(clock);
  const existing = library
    .listEvents()
    .find(
      (event) =>
        event.type === 'practice' && event.title === PRACTICE_ANSWERS_TITLE && event.date === date && !event.companyId,
    );
  if (existing) return library.getEvent(existing.id).event;
  return library.createEvent({
    type: 'practice',
    title: PRACTICE_ANSWERS_TITLE,
    date,
    // Only the user is recorded: there is nobody to ask.
    consent: 'not_asked',
    notes: '練習モードで声に出して答えた録音（質問ごとの記録は練習モードに表示されます）',
  });
}
