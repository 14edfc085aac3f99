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
