import type { TranscriptContent } from '../model';

/** Identifies furikaeri's own JSON so that an import can recognise it (and its version). */
export const TRANSCRIPT_JSON_FORMAT = 'furikaeri-transcript';
export const TRANSCRIPT_JSON_VERSION = 1;

/** Everything the transcript holds, lossless: speakers with roles, segments with tokens, speech regions. */
export function toTranscriptJson(content: TranscriptContent): string {
  const document = {
    format: TRANSCRIPT_JSON_FORMAT,
    version: TRANSCRIPT_JSON_VERSION,
    language: content.language,
    source: content.source,
    speakers: content.speakers,
    segments: content.segments,
    speechRegions: content.speechRegions,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
