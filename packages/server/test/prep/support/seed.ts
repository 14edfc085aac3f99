import type { TranscriptContent } from '@furikaeri/core';
import type { AppContext } from '../../../src/app-context';

let counter = 0;

/** Gives an event a transcript, as an import would (the prep history reads the current one). */
export function seedTranscript(ctx: AppContext, eventId: string, content: TranscriptContent): void {
  counter += 1;
  ctx.repos.transcripts.insertAsCurrent(
    { id: `tr_seed${String(counter).padStart(8, '0')}`, eventId, recordingId: null, content },
    new Date().toISOString(),
  );
}

/**
 * An imported interview transcript: the interviewer and me, one line every 10 s (each 9 s long), interviewer
 * first. The labels are as an export names them.
 */
export function importedInterview(
  fileName: string,
  labels: { interviewer: string; me: string },
  lines: readonly string[],
): TranscriptContent {
  return {
    language: 'ja',
    source: { kind: 'import', format: 'text', fileName, estimatedTiming: true },
    speakers: [
      { key: 'S1', label: labels.interviewer, role: 'interviewer' },
      { key: 'S2', label: labels.me, role: 'me' },
    ],
    segments: lines.map((text, index) => ({
      id: `seg-${index + 1}`,
      speaker: index % 2 === 0 ? 'S1' : 'S2',
      startMs: index * 10_000,
      endMs: index * 10_000 + 9000,
      text,
      confidence: null,
    })),
    speechRegions: [],
  };
}
