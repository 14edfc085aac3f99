import fs from 'node:fs';

/** One channel of a 16-bit PCM WAV (or of raw interleaved s16le), as numbers in -1…1. */
export interface Signal {
  samples: Float32Array;
  sampleRate: number;
}

/** Reads a canonical 16-bit PCM WAV: the fixture, or the WAV the server streams for playback. */
export function parseWav(bytes: Buffer, channel = 0): Signal & { channels: number } {
  if (bytes.toString('ascii', 0, 4) !== 'RIFF' || bytes.toString('ascii', 8, 12) !== 'WAVE')
    throw new Error('not a WAV');
  let offset = 12;
  let channels = 1;
  let sampleRate = 0;
  while (offset + 8 <= bytes.length) {
    const id = bytes.toString('ascii', offset, offset + 4);
    const size = bytes.readUInt32LE(offset + 4);
    if (id === 'fmt ') {
      channels = bytes.readUInt16LE(offset + 10);
      sampleRate = bytes.readUInt32LE(offset + 12);
    }
    if (id === 'data') {
      const data = bytes.subarray(offset + 8, Math.min(bytes.length, offset + 8 + size));
      const frames = Math.floor(data.length / (2 * channels));
      const samples = new Float32Array(frames);
      for (let frame = 0; frame < frames; frame += 1)
        samples[frame] = data.readInt16LE((frame * channels + channel) * 2) / 32768;
      return { samples, sampleRate, channels };
    }
    offset += 8 + size + (size % 2);
  }
  throw new Error('WAV without data');
}

export function readWav(file: string, channel = 0): Signal & { channels: number } {
  return parseWav(fs.readFileSync(file), channel);
}

/** Pearson correlation of `a` against `b` shifted by `lag` (b[i + lag] pairs with a[i]), over `length` samples. */
function pearson(a: ArrayLike<number>, b: ArrayLike<number>, lag: number, from: number, length: number): number {
  let sa = 0;
  let sb = 0;
  let saa = 0;
  let sbb = 0;
  let sab = 0;
  let n = 0;
  for (let i = from; i < from + length; i += 1) {
    const j = i + lag;
    if (i < 0 || i >= a.length || j < 0 || j >= b.length) continue;
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    sa += x;
    sb += y;
    saa += x * x;
    sbb += y * y;
    sab += x * y;
    n += 1;
  }
  if (n < 2) return 0;
  const cov = sab - (sa * sb) / n;
  const va = saa - (sa * sa) / n;
  const vb = sbb - (sb * sb) / n;
  return va > 0 && vb > 0 ? cov / Math.sqrt(va * vb) : 0;
}

function envelope(samples: Float32Array, frame: number): Float32Array {
  const out = new Float32Array(Math.floor(samples.length / frame));
  for (let index = 0; index < out.length; index += 1) {
    let sum = 0;
    for (let i = index * frame; i < (index + 1) * frame; i += 1) sum += (samples[i] ?? 0) ** 2;
    out[index] = Math.sqrt(sum / frame);
  }
  return out;
}

export interface Alignment {
  /** Where in the reference the excerpt starts, in samples. */
  offset: number;
  /** Sample-level Pearson correlation at that offset, over the compared window. */
  correlation: number;
}

/**
 * Finds where `excerpt` sits inside `reference` (same sample rate): first by the loudness envelope in 10-ms
 * frames over every lag, then sample-exact around the best one. The correlation says whether it is the
 * same audio (a recording of the fixture through Chromium's fake microphone scores well above 0.9).
 */
export function align(excerpt: Float32Array, reference: Float32Array, rate: number, windowSeconds = 4): Alignment {
  const frame = Math.round(rate / 100);
  const small = envelope(excerpt, frame);
  const big = envelope(reference, frame);
  let bestLag = 0;
  let best = Number.NEGATIVE_INFINITY;
  for (let lag = 0; lag + small.length <= big.length; lag += 1) {
    const score = pearson(small, big, lag, 0, small.length);
    if (score > best) {
      best = score;
      bestLag = lag;
    }
  }
  const window = Math.min(excerpt.length, Math.round(windowSeconds * rate));
  const from = Math.max(0, Math.floor((excerpt.length - window) / 2));
  let offset = bestLag * frame;
  let correlation = Number.NEGATIVE_INFINITY;
  for (let lag = bestLag * frame - 2 * frame; lag <= bestLag * frame + 2 * frame; lag += 1) {
    const score = pearson(excerpt, reference, lag, from, window);
    if (score > correlation) {
      correlation = score;
      offset = lag;
    }
  }
  return { offset, correlation };
}

/** Correlation of `excerpt` with `reference` at a given offset (no search): for continuity checks. */
export function correlationAt(
  excerpt: Float32Array,
  reference: Float32Array,
  offset: number,
  from: number,
  length: number,
): number {
  return pearson(excerpt, reference, offset, from, length);
}
