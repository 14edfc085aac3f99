import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ModelLocator } from '../../src/models/installed-model';
import { labelSegments } from '../../src/speech/neural-diarization';
import { DEFAULT_SPEECH_SETTINGS } from '../../src/speech/speech-settings';
import { tempContext, tempDir } from '../support/temp-context';
import { SHARED_FIXTURES_PRESENT, SHARED_INTERVIEW_WAV } from './support/fixtures';
import { hookedFactory, importRecording, interviewScript, newInterviewEvent } from './support/pipeline';
import { writeTinyDiarizationModels } from './support/tiny-diarization-models';

describe('neural diarization', () => {
  const files = tempDir();
  afterAll(() => fs.rmSync(files, { recursive: true, force: true }));

  it('gives each detected segment the neural speaker it overlaps most, numbered from 0', () => {
    const segments = [
      { channel: 0, startMs: 0, endMs: 2_000 },
      { channel: 0, startMs: 3_000, endMs: 5_000 },
      { channel: 0, startMs: 9_000, endMs: 9_500 },
    ];
    const neural = [
      { start: 0, end: 1.5, speaker: 4 },
      { start: 1.5, end: 4.9, speaker: 7 },
      { start: 8, end: 8.5, speaker: 7 },
    ];
    const { labels, count } = labelSegments(segments, neural);
    expect(count).toBe(2);
    expect([...labels.entries()]).toEqual([
      [0, 0],
      [1, 1],
      [2, 1],
    ]);
  });

  it.skipIf(!SHARED_FIXTURES_PRESENT)(
    'runs sherpa-onnx OfflineSpeakerDiarization in the pipeline when both models are installed',
    async () => {
      const models = writeTinyDiarizationModels(path.join(files, 'models'), {
        segmentation: DEFAULT_SPEECH_SETTINGS.segmentationModelId,
        embedding: DEFAULT_SPEECH_SETTINGS.embeddingModelId,
      });
      const locator: ModelLocator = { find: (id) => models.find((m) => m.id === id) ?? null };
      const env = await tempContext({ models: locator, recognizers: hookedFactory(interviewScript()) });
      try {
        const eventId = newInterviewEvent(env);
        const copy = path.join(files, 'interview.wav');
        fs.copyFileSync(SHARED_INTERVIEW_WAV, copy);
        await importRecording(env, eventId, copy);
        const transcript = env.ctx.repos.transcripts.findCurrent(eventId);
        expect(transcript?.source).toMatchObject({ kind: 'asr', diarization: 'neural' });
        const notes = transcript?.source.kind === 'asr' ? (transcript.source.notes ?? []) : [];
        expect(notes.some((n) => /not installed/.test(n.en))).toBe(false);
        // The generated segmentation model knows loudness, not voices: everyone is one speaker.
        const keys = new Set(transcript?.segments.map((s) => s.speaker));
        expect([...keys]).toEqual(transcript?.speakers.map((s) => s.key));
        expect(transcript?.segments.length).toBeGreaterThan(5);
      } finally {
        await env.cleanup();
      }
    },
  );
});
