import { AppError } from '@furikaeri/core';
import type { AudioStore } from '../audio/audio-store';
import { PeakAccumulator } from '../media/peak-accumulator';
import type { RecordingRepository } from '../repositories/recording-repository';
import { notFound } from './errors';
import { audioDeleted } from './retention-service';

/** GET /api/recordings/:id/peaks: enough to draw a waveform without the browser fetching and decoding the WAV. */
export interface WaveformPeaks {
  recordingId: string;
  durationMs: number;
  channels: number;
  buckets: number;
  /** Per channel, the loudest sample of each bucket in 0…1. */
  peaks: number[][];
}

export const DEFAULT_PEAK_BUCKETS = 2_000;
export const MAX_PEAK_BUCKETS = 20_000;
const MIN_PEAK_BUCKETS = 16;
/** Two channels at most: "me" and "them" of an online call; more would not be drawn differently. */
const MAX_PEAK_CHANNELS = 2;

/**
 * A 1-hour recording is 115 MB of PCM: decoding it in the browser would take seconds and hundreds of MB.
 * The server streams the stored (encrypted) PCM once and keeps nothing: no plaintext file, no cache.
 */
export class WaveformPeaksService {
  constructor(
    private readonly recordings: RecordingRepository,
    private readonly store: AudioStore,
  ) {}

  async peaks(recordingId: string, buckets: number, signal?: AbortSignal): Promise<WaveformPeaks> {
    const recording = this.recordings.find(recordingId);
    if (!recording) throw notFound('recording', recordingId);
    if (recording.audioDeletedAt) throw audioDeleted(recording.audioDeletedAt);
    const pcm = recording.pcm;
    const bytes = recording.status === 'ready' ? await this.store.size(recordingId, 'pcm') : null;
    if (!pcm || bytes === null) {
      throw new AppError('conflict', {
        ja: 'この録音の波形はまだ表示できません（取り込み中か失敗）',
        en: 'The waveform of this recording is not available yet (importing or failed)',
      });
    }
    const totalFrames = Math.floor(bytes / 2 / pcm.channels);
    const count = Math.max(1, Math.min(buckets, totalFrames));
    const accumulator = new PeakAccumulator(totalFrames, pcm.channels, count);
    for await (const chunk of this.store.createReadStream(recordingId, 'pcm')) {
      if (signal?.aborted) throw new AppError('cancelled', { ja: '中止しました', en: 'Cancelled' });
      accumulator.push(chunk as Buffer);
    }
    return {
      recordingId,
      durationMs: Math.round((totalFrames / pcm.sampleRate) * 1000),
      channels: Math.min(pcm.channels, MAX_PEAK_CHANNELS),
      buckets: count,
      peaks: accumulator.result().slice(0, MAX_PEAK_CHANNELS),
    };
  }
}

/** `?buckets=` as a whole number within limits; anything else is the caller's mistake, said plainly. */
export function parseBuckets(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_PEAK_BUCKETS;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < MIN_PEAK_BUCKETS || parsed > MAX_PEAK_BUCKETS) {
    throw new AppError('validation', {
      ja: `buckets は ${MIN_PEAK_BUCKETS}〜${MAX_PEAK_BUCKETS} の整数で指定してください`,
      en: `buckets must be a whole number from ${MIN_PEAK_BUCKETS} to ${MAX_PEAK_BUCKETS}`,
    });
  }
  return parsed;
}
