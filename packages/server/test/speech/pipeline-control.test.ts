import fs from 'node:fs';
import path from 'node:path';
import type { Job } from '@furikaeri/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CheckpointRepository } from '../../src/speech/checkpoint-repository';
import { fileBody } from '../support/audio-files';
import { type TempContext, tempContext, tempDir } from '../support/temp-context';
import { SHARED_FIXTURES_PRESENT, SHARED_INTERVIEW_WAV } from './support/fixtures';
import { hookedFactory, interviewScript, newInterviewEvent } from './support/pipeline';

/** Cancel and resume of the transcribe job, driven through the real job worker. */
describe.skipIf(!SHARED_FIXTURES_PRESENT)('transcription job control', () => {
  let files: string;
  beforeAll(() => {
    files = tempDir();
    fs.copyFileSync(SHARED_INTERVIEW_WAV, path.join(files, 'interview.wav'));
  });
  afterAll(() => fs.rmSync(files, { recursive: true, force: true }));

  async function start(env: TempContext) {
    const eventId = newInterviewEvent(env);
    const file = path.join(files, 'interview.wav');
    const { recording } = await env.ctx.recordings.ingest({
      eventId,
      originalName: 'interview.wav',
      body: fileBody(file),
    });
    return { eventId, recordingId: recording.id, draining: env.ctx.worker.drain() };
  }

  const transcribeJob = (env: TempContext, recordingId: string): Job | undefined =>
    env.ctx.recordings.get(recordingId).jobs.find((j) => j.type === 'transcribe');

  it('cancels mid-way: the job ends as cancelled and no transcript is stored', async () => {
    let reached: () => void = () => {};
    const atSecondWindow = new Promise<void>((resolve) => {
      reached = resolve;
    });
    const factory = hookedFactory(interviewScript(), {
      before: (_w, count, signal) =>
        count === 2
          ? new Promise<void>((resolve) => {
              signal.addEventListener('abort', () => resolve());
              reached();
            })
          : undefined,
    });
    const env = await tempContext({ recognizers: factory });
    try {
      const { eventId, recordingId, draining } = await start(env);
      await atSecondWindow;
      const job = transcribeJob(env, recordingId);
      expect(job?.status).toBe('running');
      env.ctx.worker.cancel(job?.id ?? '');
      await draining;
      expect(transcribeJob(env, recordingId)?.status).toBe('cancelled');
      expect(env.ctx.repos.transcripts.findCurrent(eventId)).toBeNull();
      expect(factory.calls).toBe(2);
    } finally {
      await env.cleanup();
    }
  });

  it('resumes after an interruption with the next window, and ends with the same transcript', async () => {
    const reference = hookedFactory(interviewScript());
    const clean = await tempContext({ recognizers: reference });
    let expected: unknown;
    try {
      const { eventId, draining } = await start(clean);
      await draining;
      expected = clean.ctx.repos.transcripts.findCurrent(eventId)?.segments;
    } finally {
      await clean.cleanup();
    }
    const windows = reference.calls;
    expect(windows).toBeGreaterThan(8);

    let checkpointsAtStop = 0;
    let env: TempContext | null = null;
    const interrupted = hookedFactory(interviewScript(), {
      before: async (_w, count, signal) => {
        if (count !== 6 || !env) return;
        checkpointsAtStop = new CheckpointRepository(env.ctx.db).count(recordingId);
        // As at a shutdown or crash: the run is aborted and the job handed back to the queue.
        await env.ctx.worker.stop();
        expect(signal.aborted).toBe(true);
      },
    });
    env = await tempContext({ recognizers: interrupted });
    let recordingId = '';
    try {
      const started = await start(env);
      recordingId = started.recordingId;
      await started.draining;
      // The plan and five windows were kept; the sixth, interrupted, is the only one done twice.
      expect(checkpointsAtStop).toBe(1 + 5);
      expect(interrupted.calls).toBe(windows + 1);
      const job = transcribeJob(env, recordingId);
      expect(job?.status).toBe('succeeded');
      expect(job?.attempts).toBe(2);
      expect(env.ctx.repos.transcripts.findCurrent(started.eventId)?.segments).toEqual(expected);
      expect(new CheckpointRepository(env.ctx.db).count(recordingId)).toBe(0);
    } finally {
      await env.cleanup();
    }
  });
});
