import type { Participant } from '../domain/entities';
import type { SpeakerCountHint } from './speaker-clustering';

/** A participant entry that is the user: people sometimes list themselves among the participants. */
const SELF = /^(自分|わたし|私|僕|本人|me|myself|self)$/i;

/**
 * How many voices the recording should hold, from the event's participants: the people listed plus the
 * user, unless the user listed themselves. No participants listed: no hint (the count is estimated).
 * The count is given exactly: on the synthesised discussions the silhouette, allowed one voice fewer,
 * merged the two closest voices every time (npm run eval:speech).
 */
export function speakerCountHint(participants: readonly Participant[]): SpeakerCountHint | null {
  if (participants.length === 0) return null;
  const listsSelf = participants.some((p) => SELF.test(p.name.trim()) || SELF.test(p.role.trim()));
  const count = participants.length + (listsSelf ? 0 : 1);
  return { min: count, max: count };
}
