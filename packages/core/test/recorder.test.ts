import { describe, expect, it } from 'vitest';
import {
  AppError,
  bytesPerSecond,
  chunkProblem,
  decideChunk,
  durationMsOf,
  LevelAccumulator,
  maxChunkBytes,
  minutesThatFit,
  parseBookmarkInput,
  parseCapacityQuery,
  parseStartLiveSession,
  storageNeededBytes,
} from '../src/index';

const MONO = { sampleRate: 16_000, channels: 1 } as const;
const STEREO = { sampleRate: 16_000, channels: 2 } as const;

function tone(seconds: number, amplitude: number, rate = 16_000): Float32Array {
  const samples = new Float32Array(Math.round(seconds * rate));
  for (let i = 0; i < samples.length; i += 1) samples[i] = amplitude * Math.sin((2 * Math.PI * 220 * i) / rate);
  return samples;
}

function thrown(action: () => unknown): AppError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error('expected a validation error');
}

describe('capture format arithmetic', () => {
  it('sizes chunks, durations and disk needs from the format', () => {
    expect(bytesPerSecond(STEREO)).toBe(64_000);
    expect(maxChunkBytes(MONO)).toBe(32_000);
    expect(durationMsOf(48_000, MONO)).toBe(1_500);
    expect(storageNeededBytes(MONO, 60)).toBe(2 * 32_000 * 3_600 + 200 * 1024 * 1024);
    expect(minutesThatFit(MONO, storageNeededBytes(MONO, 60))).toBe(60);
    expect(minutesThatFit(MONO, 10)).toBe(0);
  });

  it('names what is wrong with a chunk body', () => {
    expect(chunkProblem(16_000, MONO)).toBeNull();
    expect(chunkProblem(0, MONO)?.en).toContain('empty');
    expect(chunkProblem(32_002, MONO)?.en).toContain('too large');
    expect(chunkProblem(16_002, STEREO)?.en).toContain('whole samples');
  });

  it('appends at the end of what is stored, acknowledges earlier chunks again and refuses to skip', () => {
    expect(decideChunk({ offset: 64_000, length: 16_000 }, 64_000)).toEqual({ kind: 'append', skipBytes: 0 });
    expect(decideChunk({ offset: 32_000, length: 16_000 }, 64_000)).toEqual({ kind: 'duplicate' });
    expect(decideChunk({ offset: 48_000, length: 16_000 }, 64_000)).toEqual({ kind: 'duplicate' });
    expect(decideChunk({ offset: 80_000, length: 16_000 }, 64_000)).toEqual({ kind: 'gap' });
    expect(decideChunk({ offset: 56_000, length: 16_000 }, 64_000)).toEqual({ kind: 'append', skipBytes: 8_000 });
  });
});

describe('rehearsal level warnings', () => {
  it('says nothing about speech at a healthy level', () => {
    const levels = new LevelAccumulator();
    levels.add(tone(3, 0.2));
    levels.add(new Float32Array(16_000));
    expect(levels.warnings()).toEqual([]);
    expect(levels.speechDb()).toBeGreaterThan(-20);
  });

  it('warns of silence, of a very low level and of clipping', () => {
    const silent = new LevelAccumulator();
    silent.add(tone(2, 0.001));
    expect(silent.warnings()).toEqual(['silence']);
    expect(new LevelAccumulator().warnings()).toEqual(['silence']);

    const quiet = new LevelAccumulator();
    quiet.add(tone(2, 0.008));
    expect(quiet.warnings()).toEqual(['low']);

    const clipped = new LevelAccumulator();
    const loud = tone(2, 1.6).map((value) => Math.max(-1, Math.min(1, value)));
    clipped.add(loud);
    expect(clipped.warnings()).toEqual(['clipping']);
    expect(clipped.clippedShare()).toBeGreaterThan(0.1);
  });

  it('reads the speech level from the loud blocks, not from the pauses between words', () => {
    const levels = new LevelAccumulator();
    for (let i = 0; i < 5; i += 1) {
      levels.add(tone(0.4, 0.1));
      levels.add(new Float32Array(Math.round(1.6 * 16_000)));
    }
    // 80 % of the time is silence; the speech level is still that of the tone (about -23 dBFS RMS).
    expect(levels.speechDb()).toBeGreaterThan(-26);
    expect(levels.warnings()).toEqual([]);
  });
});

describe('recorder input', () => {
  it('accepts a valid start and fills faithful defaults', () => {
    expect(parseStartLiveSession({ sampleRate: 16_000, channels: 1 })).toEqual({
      mode: 'in_person',
      practice: false,
      format: MONO,
      processing: { echoCancellation: false, noiseSuppression: false, autoGainControl: false },
      continues: null,
      practiceAttempt: null,
    });
    const online = parseStartLiveSession({
      mode: 'online',
      sampleRate: 48_000,
      channels: 2,
      practice: true,
      processing: { echoCancellation: true },
    });
    expect(online.format).toEqual({ sampleRate: 48_000, channels: 2 });
    expect(online.processing.echoCancellation).toBe(true);
  });

  it('keeps the practice question a take answers, and refuses a malformed one', () => {
    const practiceAttempt = { questionKey: 'generic:x', question: ' 自己紹介をお願いします。 ', keyPoints: ['名前'] };
    expect(parseStartLiveSession({ sampleRate: 16_000, channels: 1, practiceAttempt }).practiceAttempt).toEqual({
      ...practiceAttempt,
      question: '自己紹介をお願いします。',
      scopeId: null,
    });
    const error = thrown(() =>
      parseStartLiveSession({ sampleRate: 16_000, channels: 1, practiceAttempt: { ...practiceAttempt, question: '' } }),
    );
    expect(Object.keys(error.details?.fields ?? {})).toEqual(['practiceAttempt']);
  });

  it('names every wrong field at once', () => {
    const error = thrown(() =>
      parseStartLiveSession({ mode: 'online', sampleRate: 4_000, channels: 1, practice: 'yes', continues: '../x' }),
    );
    expect(Object.keys(error.details?.fields as object).sort()).toEqual([
      'channels',
      'continues',
      'practice',
      'sampleRate',
    ]);
  });

  it('validates bookmarks and capacity queries', () => {
    expect(parseBookmarkInput({ offsetMs: 61_000 })).toEqual({ offsetMs: 61_000 });
    expect(thrown(() => parseBookmarkInput({ offsetMs: 1.5 })).code).toBe('validation');
    expect(parseCapacityQuery({ minutes: '90', channels: '2' })).toEqual({
      minutes: 90,
      format: { sampleRate: 16_000, channels: 2 },
    });
    expect(thrown(() => parseCapacityQuery({ minutes: 'abc' })).code).toBe('validation');
  });
});
