import { type PitchTrack, YinDetector } from '@furikaeri/core';
import type { ByteRange } from '../audio/audio-store';

/** Where the PCM comes from: the encrypted store in the app, a buffer in tests. s16le, channels interleaved. */
export interface PcmSource {
  sampleRate: number;
  channels: number;
  read(range: ByteRange): AsyncIterable<Uint8Array>;
}

/** Pitch is tracked at 8 kHz: speech F0 stays far below 4 kHz, and YIN's cost grows with the square of the frame. */
const TARGET_RATE = 8_000;
/** 40 ms frames (the track's times are frame centres); YIN reads the first 128 + 135 samples of each. */
const FRAME = 320;
/** YIN's integration window: 16 ms, one period of the lowest voice. */
const WINDOW = 128;
/** One estimate every 20 ms is plenty for 10 s PVQ windows. */
const HOP_MS = 20;
const MIN_HZ = 60;
const MAX_HZ = 500;
/** Frames quieter than this (≈ −46 dBFS) are silence, whatever YIN says. */
const MIN_RMS = 0.005;

/**
 * F0 of channel 0 (the microphone — "me" — in a two-channel recording) over the given time ranges, streamed
 * range by range so that memory stays bounded whatever the recording's length. 0 marks unvoiced frames.
 */
export async function extractPitch(
  source: PcmSource,
  ranges: ReadonlyArray<{ startMs: number; endMs: number }>,
  signal?: AbortSignal,
): Promise<PitchTrack[]> {
  const detector = new YinDetector({
    sampleRate: TARGET_RATE,
    window: WINDOW,
    minHz: MIN_HZ,
    maxHz: MAX_HZ,
    threshold: 0.15,
  });
  const tracks: PitchTrack[] = [];
  for (const range of mergeRanges(ranges)) {
    if (signal?.aborted) throw signal.reason;
    tracks.push(await trackRange(source, range, detector));
  }
  return tracks;
}

async function trackRange(
  source: PcmSource,
  range: { startMs: number; endMs: number },
  detector: YinDetector,
): Promise<PitchTrack> {
  const frameBytes = 2 * source.channels;
  const factor = Math.max(1, Math.round(source.sampleRate / TARGET_RATE));
  const rate = source.sampleRate / factor;
  const hop = Math.round((rate * HOP_MS) / 1000);
  const first = Math.floor((range.startMs * source.sampleRate) / 1000);
  const last = Math.floor((range.endMs * source.sampleRate) / 1000);
  const hz: number[] = [];
  const decimator = new Decimator(source.channels, factor);
  for await (const chunk of source.read({ start: first * frameBytes, end: last * frameBytes - 1 })) {
    const pending = decimator.push(chunk);
    let position = 0;
    for (; position + FRAME <= pending.length; position += hop) {
      hz.push(estimate(pending.subarray(position, position + FRAME), detector));
    }
    decimator.consumed(position);
  }
  return { startMs: range.startMs + Math.round((FRAME / 2 / rate) * 1000), hopMs: HOP_MS, hz };
}

function estimate(frame: Float32Array, detector: YinDetector): number {
  let energy = 0;
  for (let i = 0; i < frame.length; i++) energy += (frame[i] as number) * (frame[i] as number);
  if (Math.sqrt(energy / frame.length) < MIN_RMS) return 0;
  const hz = detector.detect(frame);
  return hz > 0 ? Math.round(hz * 10) / 10 : 0;
}

/**
 * Channel 0 of interleaved s16le chunks, averaged over `factor` samples (a boxcar low-pass before taking
 * every factor-th sample), kept in one growing buffer whose consumed head is dropped after each chunk.
 */
class Decimator {
  private carry = new Uint8Array(0);
  private samples = new Float32Array(4_096);
  private length = 0;
  private sum = 0;
  private count = 0;

  constructor(
    private readonly channels: number,
    private readonly factor: number,
  ) {}

  /** Adds a chunk; returns every decimated sample not yet consumed. */
  push(chunk: Uint8Array): Float32Array {
    const frameBytes = 2 * this.channels;
    const bytes = this.carry.length > 0 ? joined(this.carry, chunk) : chunk;
    const whole = bytes.length - (bytes.length % frameBytes);
    this.reserve(Math.ceil(whole / frameBytes / this.factor) + 1);
    const view = new DataView(bytes.buffer, bytes.byteOffset, whole);
    for (let offset = 0; offset < whole; offset += frameBytes) {
      this.sum += view.getInt16(offset, true);
      this.count += 1;
      if (this.count === this.factor) {
        this.samples[this.length++] = this.sum / this.factor / 32_768;
        this.sum = 0;
        this.count = 0;
      }
    }
    this.carry = bytes.slice(whole);
    return this.samples.subarray(0, this.length);
  }

  /** Drops the first `count` samples. */
  consumed(count: number): void {
    this.samples.copyWithin(0, count, this.length);
    this.length -= count;
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.samples.length) return;
    const grown = new Float32Array(Math.max(this.samples.length * 2, this.length + extra));
    grown.set(this.samples.subarray(0, this.length));
    this.samples = grown;
  }
}

/** Adjacent segments (less than 100 ms apart) are read as one range. */
export function mergeRanges(
  ranges: ReadonlyArray<{ startMs: number; endMs: number }>,
): Array<{ startMs: number; endMs: number }> {
  const sorted = [...ranges].filter((r) => r.endMs > r.startMs).sort((a, b) => a.startMs - b.startMs);
  const merged: Array<{ startMs: number; endMs: number }> = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.startMs <= last.endMs + 100) last.endMs = Math.max(last.endMs, range.endMs);
    else merged.push({ ...range });
  }
  return merged;
}

function joined(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
