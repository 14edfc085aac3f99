import fs from 'node:fs';
import path from 'node:path';
import type { Message } from '@furikaeri/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ModelLocator } from '../../src/models/installed-model';
import { createRecognizerFactory } from '../../src/speech/recognizer-factory';
import { join, writeTone } from '../support/audio-files';
import { tempContext, tempDir } from '../support/temp-context';
import { SHARED_FIXTURES_PRESENT, SHARED_INTERVIEW_WAV } from './support/fixtures';
import { importRecording, newInterviewEvent } from './support/pipeline';
import { SOUND_TOKEN, writeTinyNemoCtcModel } from './support/tiny-nemo-ctc';

describe('transcription and the installed models', () => {
  let files: string;
  beforeAll(() => {
    files = tempDir();
  });
  afterAll(() => fs.rmSync(files, { recursive: true, force: true }));

  it('ends as "unavailable", naming the model and how to get it, when the model is not installed', async () => {
    const env = await tempContext({ recognizers: createRecognizerFactory({ find: () => null }, {}) });
    try {
      const eventId = newInterviewEvent(env);
      const recordingId = await importRecording(env, eventId, writeTone(join(files, 'tone.wav'), { seconds: 2 }));
      const job = env.ctx.recordings.get(recordingId).jobs.find((j) => j.type === 'transcribe');
      expect(job?.status).toBe('unavailable');
      const message = job?.message as Message;
      for (const text of [message.ja, message.en]) {
        expect(text).toContain('furikaeri models pull sense-voice-small-int8');
        expect(text).toContain('furikaeri models import');
      }
      expect(env.ctx.repos.transcripts.findCurrent(eventId)).toBeNull();
    } finally {
      await env.cleanup();
    }
  });

  it.skipIf(!SHARED_FIXTURES_PRESENT)(
    'runs the real sherpa-onnx recogniser in the pipeline (generated NeMo CTC model, selected in the settings)',
    async () => {
      const model = writeTinyNemoCtcModel(path.join(files, 'tiny-model'));
      const locator: ModelLocator = { find: (id) => (id === model.id ? model : null) };
      const env = await tempContext({ models: locator, recognizers: createRecognizerFactory(locator, {}) });
      try {
        env.ctx.speechSettings.update({ asrModelId: model.id });
        const eventId = newInterviewEvent(env);
        const copy = path.join(files, 'interview.wav');
        fs.copyFileSync(SHARED_INTERVIEW_WAV, copy);
        const recordingId = await importRecording(env, eventId, copy);
        const transcript = env.ctx.repos.transcripts.findCurrent(eventId);
        expect(env.ctx.recordings.get(recordingId).jobs.map((j) => j.status)).toEqual([
          'succeeded',
          'succeeded',
          'succeeded',
        ]);
        expect(transcript?.source).toMatchObject({ kind: 'asr', engine: 'sherpa-onnx', model: model.id });
        const segments = transcript?.segments ?? [];
        expect(segments.length).toBeGreaterThan(10);
        for (const segment of segments) {
          expect([...new Set(segment.text)]).toEqual([SOUND_TOKEN]);
          for (const token of segment.tokens ?? []) {
            expect(token.startMs).toBeGreaterThanOrEqual(segment.startMs);
            expect(token.startMs).toBeLessThanOrEqual(segment.endMs);
          }
        }
      } finally {
        await env.cleanup();
      }
    },
  );
});
