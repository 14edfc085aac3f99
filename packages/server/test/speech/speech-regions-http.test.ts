import type { SpeechRegion } from '@furikaeri/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSharedInterview, sharedInterviewAvailable } from '../analysis/support/fixtures';
import { fileBody, SHARED_INTERVIEW_WAV } from '../support/audio-files';
import { type HttpTestApp, openHttpTestApp } from '../support/http-app';

/** The review of a recording without a transcript marks where people speak: real silero VAD over the stored PCM. */
describe.skipIf(!sharedInterviewAvailable())('GET /api/recordings/:id/speech-regions (needs ../shared)', () => {
  let http: HttpTestApp;
  let recordingId: string;

  beforeAll(async () => {
    http = await openHttpTestApp();
    const { ctx } = http;
    const eventId = ctx.library.createEvent({
      companyId: ctx.library.createCompany({ name: '株式会社区間' }).id,
      type: 'interview',
    }).id;
    const { recording } = await ctx.recordings.ingest({
      eventId,
      originalName: 'interview_public.wav',
      body: fileBody(SHARED_INTERVIEW_WAV),
    });
    recordingId = recording.id;
    await ctx.worker.drain();
  });
  afterAll(() => http.cleanup());

  it('finds the speech of every turn of the interview, and leaves silence out', async () => {
    const response = await http.call(`/api/recordings/${recordingId}/speech-regions`);
    expect(response.status).toBe(200);
    const regions = (await response.json()) as SpeechRegion[];
    const turns = loadSharedInterview().content.segments;
    const covered = turns.filter((turn) =>
      regions.some(
        (region) =>
          region.startMs <= (turn.startMs + turn.endMs) / 2 && (turn.startMs + turn.endMs) / 2 <= region.endMs,
      ),
    );
    expect(covered.length).toBe(turns.length);
    const speechMs = regions.reduce((sum, region) => sum + region.endMs - region.startMs, 0);
    const lastEnd = turns.at(-1)?.endMs ?? 0;
    expect(speechMs).toBeLessThan(lastEnd * 0.95);
    expect(speechMs).toBeGreaterThan(lastEnd * 0.5);
  });

  it('answers 404 for an unknown recording', async () => {
    expect((await http.call('/api/recordings/rec_nope/speech-regions')).status).toBe(404);
  });
});
