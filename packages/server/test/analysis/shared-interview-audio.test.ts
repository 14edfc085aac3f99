import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileBody, SHARED_INTERVIEW_WAV } from '../support/audio-files';
import { type TempContext, tempContext } from '../support/temp-context';
import { loadSharedInterview, SHARED_DIR, sharedInterviewAvailable } from './support/fixtures';

/**
 * End to end on the shared 163 s interview: its audio is imported (ffmpeg → encrypted PCM), its exact
 * transcript is attached to the recording as an imported JSON, and the analysis reads my voice's F0 back
 * from the stored PCM for the intonation figures.
 */
describe.skipIf(!sharedInterviewAvailable())(
  `analysis with audio (${SHARED_DIR}; skipped when ../shared is absent)`,
  () => {
    let env: TempContext;
    beforeAll(async () => {
      env = await tempContext();
    });
    afterAll(() => env.cleanup());

    it('measures intonation on my answers from the recording and still flags only the hardship answer', async () => {
      const { ctx } = env;
      const eventId = ctx.library.createEvent({
        companyId: ctx.library.createCompany({ name: 'SaaS企業' }).id,
        type: 'interview',
      }).id;
      const { recording } = await ctx.recordings.ingest({
        eventId,
        originalName: 'interview_public.wav',
        body: fileBody(SHARED_INTERVIEW_WAV),
      });
      await ctx.worker.drain();
      expect(ctx.recordings.get(recording.id).status).toBe('ready');

      const content = loadSharedInterview().content;
      const bytes = new TextEncoder().encode(JSON.stringify(content));
      const { job } = await ctx.transcriptImports.importFile({
        eventId,
        fileName: 'interview_public.json',
        bytes,
        recordingId: recording.id,
      });
      await ctx.worker.drain();
      expect(ctx.repos.jobs.require(job.id).status).toBe('succeeded');

      const report = ctx.analysis.latest(eventId)?.report;
      const answers = (report?.questions ?? []).flatMap((q) => (q.answer ? [q.answer] : []));
      const measured = answers.filter((answer) => answer.metrics.intonation !== null);
      // Answers with more than a second of voiced speech get figures; "五名です。" (1.5 s) may not.
      expect(measured.length).toBeGreaterThanOrEqual(4);
      for (const answer of measured) {
        const intonation = answer.metrics.intonation;
        expect(intonation?.meanHz).toBeGreaterThan(70);
        expect(intonation?.meanHz).toBeLessThan(350);
        expect(intonation?.pvq.value).toBeGreaterThan(0.01);
        expect(intonation?.pvq.value).toBeLessThan(0.6);
        expect(intonation?.rangeSemitones.value).toBeGreaterThan(1);
      }
      expect(report?.notes.some((note) => note.en.includes('Intonation'))).toBe(false);
      const flagged = report?.questions
        .filter((q) => (q.answer?.relevance.flags.length ?? 0) > 0)
        .map((q) => q.question.text);
      expect(flagged).toEqual(['これまでのお仕事で、一番苦労したことは何ですか。']);
    });
  },
);
