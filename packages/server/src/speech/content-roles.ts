import { type EventType, type TranscriptContent, withInferredRoles } from '@furikaeri/core';

/**
 * Several voices on one microphone without an enrolled voice leave every role unknown after diarization
 * (speakers.ts guesses nobody there). What was said can still tell the company side (who asks, hosts,
 * invites 逆質問) from the candidates: those roles are guessed from the recognised text, marked as guesses.
 * Transcripts with any role already set (channel, voiceprint, talk time) are left as they are.
 */
export function withRolesFromContent(content: TranscriptContent, eventType: EventType | null): TranscriptContent {
  const unguessed = content.speakers.length >= 2 && content.speakers.every((speaker) => speaker.role === 'unknown');
  if (!unguessed) return content;
  const guessed = withInferredRoles(content, { eventType }).content;
  // Only roles the words show are kept; a voice nothing tells about stays unknown and unmarked.
  const speakers = guessed.speakers.map((speaker, index) =>
    speaker.role === 'unknown' ? (content.speakers[index] ?? speaker) : speaker,
  );
  return { ...content, speakers };
}
