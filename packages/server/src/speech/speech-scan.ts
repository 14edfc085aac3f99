import type { Readable } from 'node:stream';
import { type DetectedSegment, planSlices, type VoiceSlice, VoiceVectorizer } from '@furikaeri/core';
import { readPcmBlocks } from './pcm-channels';
import { StreamingVad, VAD_SAMPLE_RATE, type VadSegment } from './silero-vad';

/** Voice vectors are taken over ~1.5 s: long enough to average over several syllables, short enough for turns. */
export const SLICE_MS = 1_500;

export interface ScanOptions {
  stream: Readable;
  channels: number;
  vadModelPath: string;
  signal: AbortSignal;
  /** When given, channel 0 is copied into it (for the neural diarization, which needs the whole recording). */
  keepChannel0?: Float32Array | null;
  /** Called per block with the samples per channel read so far. */
  onProgress?: (samplesRead: number) => void;
}

export interface ScanResult {
  durationMs: number;
  channels: number;
  /** Speech per channel, in time order within a channel. */
  segments: DetectedSegment[];
  /** Voice vectors of every segment's slices (segment = index into `segments`). */
  slices: VoiceSlice[];
  /**
   * True when a "stereo" file carries the same signal twice (phones often record mono into two
   * channels): it is then treated as one microphone.
   */
  identicalChannels: boolean;
}

/**
 * First pass over the recording: speech detection per channel and a voice vector per slice of speech,
 * computed from each segment's samples as the detector releases it. Nothing grows with the recording's
 * length except the small per-segment results.
 */
export async function scanRecording(options: ScanOptions): Promise<ScanResult> {
  const detectors = Array.from({ length: options.channels }, () => new StreamingVad(options.vadModelPath));
  const vectorizer = new VoiceVectorizer();
  const segments: DetectedSegment[] = [];
  const slices: VoiceSlice[] = [];
  let difference = 0;
  let energy = 0;
  let samplesRead = 0;
  const take = (channel: number, found: VadSegment[]) => {
    for (const segment of found) addSegment(channel, segment, segments, slices, vectorizer);
  };
  for await (const block of readPcmBlocks(options.stream, options.channels, options.signal)) {
    block.channels.forEach((samples, channel) => {
      const detector = detectors[channel];
      if (detector) take(channel, detector.accept(samples));
    });
    const [left, right] = block.channels;
    const keep = options.keepChannel0;
    if (keep && left && block.firstSample < keep.length) {
      keep.set(left.subarray(0, keep.length - block.firstSample), block.firstSample);
    }
    if (left && right) {
      for (let i = 0; i < left.length; i++) {
        const l = left[i] ?? 0;
        difference += (l - (right[i] ?? 0)) ** 2;
        energy += l * l;
      }
    }
    samplesRead = block.firstSample + (block.channels[0]?.length ?? 0);
    options.onProgress?.(samplesRead);
  }
  detectors.forEach((detector, channel) => {
    take(channel, detector.finish());
  });
  const order = segments.map((segment, index) => ({ segment, index }));
  order.sort((a, b) => a.segment.channel - b.segment.channel || a.segment.startMs - b.segment.startMs);
  const renumber = new Map(order.map((entry, position) => [entry.index, position]));
  return {
    durationMs: Math.round((samplesRead / VAD_SAMPLE_RATE) * 1000),
    channels: options.channels,
    segments: order.map((entry) => entry.segment),
    slices: slices.map((slice) => ({ ...slice, segment: renumber.get(slice.segment) ?? slice.segment })),
    // −30 dB of difference is far below any real second microphone, and far above rounding.
    identicalChannels: options.channels === 2 && difference <= energy * 1e-3,
  };
}

function addSegment(
  channel: number,
  found: VadSegment,
  segments: DetectedSegment[],
  slices: VoiceSlice[],
  vectorizer: VoiceVectorizer,
): void {
  const toMs = (sample: number) => Math.round((sample / VAD_SAMPLE_RATE) * 1000);
  const segment: DetectedSegment = {
    channel,
    startMs: toMs(found.startSample),
    endMs: toMs(found.startSample + found.samples.length),
  };
  const index = segments.length;
  segments.push(segment);
  for (const slice of planSlices([segment], SLICE_MS)) {
    const from = Math.round(((slice.startMs - segment.startMs) / 1000) * VAD_SAMPLE_RATE);
    const to = Math.round(((slice.endMs - segment.startMs) / 1000) * VAD_SAMPLE_RATE);
    const vector = vectorizer.vectorOf(found.samples.subarray(from, to));
    if (vector) slices.push({ segment: index, startMs: slice.startMs, endMs: slice.endMs, vector });
  }
}
