import type { Message } from '../domain/message';

/**
 * What the recorder streams: signed 16-bit little-endian PCM, channels interleaved. Two channels only in
 * online mode: channel 0 is the microphone (the user), channel 1 the shared tab or system audio (the other side).
 */
export interface CaptureFormat {
  sampleRate: number;
  channels: 1 | 2;
}

/**
 * The page asks the browser for 16 kHz: the rate the speech pipeline reads (ASR models, VAD and pitch all
 * work at 16 kHz, speech F0 stays far below 8 kHz), and a third of the disk of 48 kHz. A browser that
 * cannot resample sends its own rate; the server accepts any rate in [MIN, MAX].
 */
export const RECORDER_SAMPLE_RATE = 16_000;
export const MIN_SAMPLE_RATE = 8_000;
export const MAX_SAMPLE_RATE = 48_000;
export const PCM_SAMPLE_BYTES = 2;

/** A chunk holds at most this much audio: a crash loses at most the chunk being captured (issue: "about 1 s"). */
export const MAX_CHUNK_MS = 1_000;
/** What the page sends: half a second, so a fault loses half a second at most. */
export const CHUNK_MS = 500;

/** The WAV header of the finalised original cannot describe more than 4 GiB; 8 hours stays well below. */
export const MAX_RECORDING_MS = 8 * 60 * 60 * 1000;

export function bytesPerSecond(format: CaptureFormat): number {
  return format.sampleRate * format.channels * PCM_SAMPLE_BYTES;
}

export function frameBytes(format: CaptureFormat): number {
  return format.channels * PCM_SAMPLE_BYTES;
}

export function maxChunkBytes(format: CaptureFormat): number {
  return Math.ceil((bytesPerSecond(format) * MAX_CHUNK_MS) / 1000);
}

export function durationMsOf(bytes: number, format: CaptureFormat): number {
  return Math.round((bytes / bytesPerSecond(format)) * 1000);
}

/** Why a chunk body cannot be stored, or null when it can. */
export function chunkProblem(byteLength: number, format: CaptureFormat): Message | null {
  if (byteLength === 0) return { ja: '音声データが空です', en: 'The audio chunk is empty' };
  if (byteLength > maxChunkBytes(format)) {
    return {
      ja: `音声データが大きすぎます（1 回 ${MAX_CHUNK_MS / 1000} 秒まで）`,
      en: `The audio chunk is too large (at most ${MAX_CHUNK_MS / 1000} s)`,
    };
  }
  if (byteLength % frameBytes(format) !== 0) {
    return { ja: '音声データの長さが不正です', en: 'The audio chunk does not hold whole samples' };
  }
  return null;
}

/** Headroom for the database and the system, on top of what the recording itself needs. */
const HEADROOM_BYTES = 200 * 1024 * 1024;

/**
 * Disk a recording of `minutes` needs at its peak. While it is saved, the chunk journal and the finished
 * original exist together for a moment; afterwards the original stays beside the 16 kHz PCM the pipeline
 * decodes (never larger than the original at rates of 16 kHz and above). Both peaks are twice the original.
 */
export function storageNeededBytes(format: CaptureFormat, minutes: number): number {
  return Math.ceil(2 * bytesPerSecond(format) * minutes * 60 + HEADROOM_BYTES);
}

/** How many minutes fit into `freeBytes`, by the same reckoning. */
export function minutesThatFit(format: CaptureFormat, freeBytes: number): number {
  return Math.max(0, Math.floor((freeBytes - HEADROOM_BYTES) / (2 * bytesPerSecond(format) * 60)));
}
