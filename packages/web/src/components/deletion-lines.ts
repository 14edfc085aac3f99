import { type DeletionImpact, formatBytes, type Message } from '@furikaeri/core';
import { deletionText as T } from '../i18n/strings/deletion';

/**
 * The lines of a deletion's confirmation: only what it really takes (a count of zero says nothing), in the
 * order a user thinks of them — the events, their recordings and audio, transcripts, then the preparation.
 */
export function deletionLines(impact: DeletionImpact): Message[] {
  const lines: Message[] = [];
  if (impact.applications > 0) lines.push(T.applications(impact.applications));
  if (impact.events > 0) lines.push(T.events(impact.events));
  if (impact.recordings > 0) lines.push(T.recordings(impact.recordings));
  if (impact.audioFiles > 0) lines.push(T.audioFiles(impact.audioFiles, formatBytes(impact.audioBytes)));
  if (impact.transcripts > 0) lines.push(T.transcripts(impact.transcripts));
  if (impact.practiceAttempts > 0) lines.push(T.practiceAttempts(impact.practiceAttempts));
  if (impact.drafts > 0) lines.push(T.drafts(impact.drafts));
  return lines;
}
