import crypto from 'node:crypto';
import fs from 'node:fs';
import { padAndMerge, SPEECH_PAD_MS, type SpeechRegion } from '@furikaeri/core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ModelLocator } from '../../src/models/installed-model';
import { StreamingVad } from '../../src/speech/silero-vad';
import { scanRecording } from '../../src/speech/speech-scan';
import { locateVadModel } from '../../src/speech/vad-model';
import {
  interviewTurns,
  SHARED_FIXTURES_PRESENT,
  SHARED_INTERVIEW_WAV,
  SHARED_SILERO,
  wavPcmStream,
} from './support/fixtures';

const noModels: ModelLocator = { find: () => null };
const EDGE_MS = 300;

describe('silero VAD model', () => {
  it('comes from the npm package when the model manager has none', () => {
    const model = locateVadModel(noModels);
    expect(model.source).toBe('npm');
    expect(fs.existsSync(model.path)).toBe(true);
  });

  it.skipIf(!SHARED_FIXTURES_PRESENT)('is the same file silero publishes (the shared copy)', () => {
    const hash = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
    expect(hash(locateVadModel(noModels).path)).toBe(hash(SHARED_SILERO));
  });

  it('prefers a copy installed through the model manager', () => {
    const installed = '/models/silero-vad/silero_vad.onnx';
    const locator: ModelLocator = {
      find: (id) =>
        id === 'silero-vad'
          ? {
              id,
              kind: 'vad',
              family: 'silero-vad',
              languages: [],
              dir: '/models/silero-vad',
              files: { model: installed },
            }
          : null,
    };
    expect(locateVadModel(locator)).toEqual({ path: installed, source: 'models' });
  });
});

describe.skipIf(!SHARED_FIXTURES_PRESENT)('VAD on the shared interview fixture', () => {
  const turns = SHARED_FIXTURES_PRESENT ? interviewTurns() : [];
  let regions: SpeechRegion[] = [];
  let durationMs = 0;

  beforeAll(async () => {
    const scan = await scanRecording({
      stream: wavPcmStream(SHARED_INTERVIEW_WAV),
      channels: 1,
      vadModelPath: locateVadModel(noModels).path,
      signal: new AbortController().signal,
    });
    durationMs = scan.durationMs;
    regions = padAndMerge(scan.segments, SPEECH_PAD_MS, scan.durationMs);
  });

  const overlapping = (startMs: number, endMs: number) => regions.filter((r) => r.endMs > startMs && r.startMs < endMs);

  it('reads the whole recording', () => {
    expect(durationMs).toBe(163_350);
  });

  it('covers every reference turn to within 0.3 s at its edges', () => {
    for (const turn of turns) {
      const found = overlapping(turn.startMs, turn.endMs);
      expect(found.length, `turn at ${turn.startMs} ms`).toBeGreaterThan(0);
      expect(found[0]?.startMs, `start of turn at ${turn.startMs} ms`).toBeLessThanOrEqual(turn.startMs + EDGE_MS);
      expect(found.at(-1)?.endMs, `end of turn at ${turn.startMs} ms`).toBeGreaterThanOrEqual(turn.endMs - EDGE_MS);
      // Inside the turn, speech is continuous up to the pauses a speaker makes between sentences.
      const inner = { startMs: turn.startMs + EDGE_MS, endMs: turn.endMs - EDGE_MS };
      const covered = overlapping(inner.startMs, inner.endMs).reduce(
        (sum, r) => sum + Math.min(r.endMs, inner.endMs) - Math.max(r.startMs, inner.startMs),
        0,
      );
      expect(covered / (inner.endMs - inner.startMs), `coverage of turn at ${turn.startMs} ms`).toBeGreaterThan(0.9);
    }
  });

  it('finds no speech in the silences inserted between turns', () => {
    turns.slice(1).forEach((turn, i) => {
      const previous = turns[i];
      if (!previous) return;
      const silence = { startMs: previous.endMs + EDGE_MS, endMs: turn.startMs - EDGE_MS };
      expect(overlapping(silence.startMs, silence.endMs), `silence before ${turn.startMs} ms`).toEqual([]);
    });
    expect(overlapping(0, (turns[0]?.startMs ?? 0) - EDGE_MS)).toEqual([]);
  });
});

describe.skipIf(!SHARED_FIXTURES_PRESENT)('streaming VAD', () => {
  it('finds the same segments whatever the size of the blocks it is given', async () => {
    const run = async (blockSamples: number) => {
      const vad = new StreamingVad(locateVadModel(noModels).path);
      const found: number[][] = [];
      const stream = wavPcmStream(SHARED_INTERVIEW_WAV, blockSamples * 2);
      for await (const chunk of stream) {
        const bytes = chunk as Buffer;
        const samples = new Float32Array(bytes.length / 2);
        for (let i = 0; i < samples.length; i++) samples[i] = bytes.readInt16LE(2 * i) / 32768;
        for (const s of vad.accept(samples)) found.push([s.startSample, s.samples.length]);
        if (found.length >= 6) break;
      }
      return found.slice(0, 6);
    };
    expect(await run(1_000)).toEqual(await run(512));
  });
});
