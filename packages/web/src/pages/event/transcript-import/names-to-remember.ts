import { isPersonalName, type SpeakerRole, type TranscriptPreviewSpeaker } from '@furikaeri/core';

/**
 * The names to remember as the user's own when the import is saved with 「この名前を覚える」 ticked, for the
 * speakers the file's guess already made "me" (by the user's voice, a remembered name or what they said).
 * A speaker the user changed to "me" is not here: the role change sent for it carries `remember` itself.
 * Numbered labels ("Speaker 3", "話者2") are never names.
 */
export function guessedMeToRemember(
  speakers: readonly TranscriptPreviewSpeaker[],
  roles: Readonly<Record<string, SpeakerRole>>,
  remember: boolean,
): string[] {
  if (!remember) return [];
  return speakers
    .filter((speaker) => speaker.role === 'me' && (roles[speaker.key] ?? speaker.role) === 'me')
    .map((speaker) => speaker.label)
    .filter(isPersonalName);
}
