import type { PitchTrack } from '@furikaeri/core';
import { YIN } from 'pitchfinder';
import type { ByteRange } from '../audio/audio-store';

/** Where the PCM comes from: the encrypted store in the app, a buffer in tests. s16le, channels interleaved. */
export interface PcmSource {
  sampleRate: number;
  channels: number;
  read(range: ByteRange): AsyncIterable<Uint8Array>;
}

/** Pitch is tracked at 8 kHz: speech F0 stays far below 4 kHz, and YIN's cost grows with the square of the frame. */
const TARGET_RATE = 8_000;
/** 40 ms frames: pitchfinder uses the largest power of two below the length (256 samples), so lags up to 16 ms — F0 down to ≈62 Hz. */
const FRAME = 320;
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
  const detect = YIN({ sampleRate: TARGET_RATE, threshold: 0.15 });
  const tracks: PitchTrack[] = [];
  for (const range of mergeRanges(ranges)) {
    if (signal?.aborted) throw signal.reason;
    tracks.push(await trackRange(source, range, detect));
  }
  return tracks;
}

async function trackRange(
  source: PcmSource,
  range: { startMs: number; endMs: number },
  detect: (frame: Float32Array) => number | null,
): Promise<PitchTrack> {
  const frameBytes = 2 * source.channels;
  const factor = Math.max(1, Math.round(source.sampleRate / TARGET_RATE));
  const rate = source.sampleRate / factor;
  const hop = Math.round((rate * HOP_MS) / 1000);
  const first = Math.floor((range.startMs * source.sampleRate) / 1000);
  const last = Math.floor((range.endMs * source.sampleRate) / 1000);
  const hz: number[] = [];
  let pending: Float32Array = new Float32Array(0);
  let carry: Uint8Array = new Uint8Array(0);
  let sum = 0;
  let count = 0;
  for await (const chunk of source.read({ start: first * frameBytes, end: last * frameBytes - 1 })) {
    const bytes = carry.length > 0 ? concat(carry, chunk) : chunk;
    const whole = bytes.length - (bytes.length % frameBytes);
    const view = new DataView(bytes.buffer, bytes.byteOffset, whole);
    const decimated: number[] = [];
    for (let offset = 0; offset < whole; offset += frameBytes) {
      sum += view.getInt16(offset, true) / 32_768;
      count += 1;
      if (count === factor) {
        decimated.push(sum / factor);
        sum = 0;
        count = 0;
      }
    }
    carry = bytes.slice(whole);
    pending = concatFloats(pending, decimated);
    let position = 0;
    for (; position + FRAME <= pending.length; position += hop)
      hz.push(estimate(pending.subarray(position, position + FRAME), detect));
    pending = pending.slice(position);
  }
  return { startMs: range.startMs + Math.round((FRAME / 2 / rate) * 1000), hopMs: HOP_MS, hz };
}

function estimate(frame: Float32Array, detect: (frame: Float32Array) => number | null): number {
  let energy = 0;
  for (const sample of frame) energy += sample * sample;
  if (Math.sqrt(energy / frame.length) < MIN_RMS) return 0;
  const hz = detect(frame);
  return hz !== null && hz >= MIN_HZ && hz <= MAX_HZ ? Math.round(hz * 10) / 10 : 0;
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

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function concatFloats(a: Float32Array, b: number[]): Float32Array {
  const out = new Float32Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
