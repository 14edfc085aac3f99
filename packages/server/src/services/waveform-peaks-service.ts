import { AppError, type PcmInfo, type Recording } from '@furikaeri/core';
import type { AudioStore } from '../audio/audio-store';
import { type Clock, isoNow } from '../config/clock';
import type { ChangeBus } from '../jobs/job-bus';
import { PeakAccumulator } from '../media/peak-accumulator';
import type { RecordingRepository } from '../repositories/recording-repository';
import type { StoredPeaks, WaveformPeaksRepository } from '../repositories/waveform-peaks-repository';
import { notFound } from './errors';
import { audioDeleted } from './retention-service';

/** GET /api/recordings/:id/peaks: enough to draw a waveform without the browser fetching and decoding the WAV. */
export type WaveformPeaks = StoredPeaks;

export const DEFAULT_PEAK_BUCKETS = 2_000;
/** Two channels at most: "me" and "them" of an online call; more would not be drawn differently. */
const MAX_PEAK_CHANNELS = 2;

/**
 * A 1-hour recording is 115 MB of PCM: decoding it in the browser would take seconds and hundreds of MB.
 * The server streams the stored (encrypted) PCM once — no plaintext file — and keeps the few kilobytes of
 * peaks in the encrypted database. The server computes them as soon as a recording is ready, so even the
 * first visit to its review page does not wait.
 */
export class WaveformPeaksService {
  private warming: Promise<void> = Promise.resolve();
  private readonly closing = new AbortController();
  /** A page asking while the background is computing the same peaks waits for that one pass. */
  private readonly inFlight = new Map<string, Promise<WaveformPeaks>>();

  constructor(
    private readonly recordings: RecordingRepository,
    private readonly cache: WaveformPeaksRepository,
    private readonly store: AudioStore,
    private readonly clock: Clock,
  ) {}

  async peaks(recordingId: string, buckets: number, signal?: AbortSignal): Promise<WaveformPeaks> {
    const { recording, pcm, bytes } = await this.requirePlayable(recordingId);
    const cached = this.cache.find(recordingId, buckets);
    if (cached) return cached;
    const key = `${recordingId}:${buckets}`;
    const running = this.inFlight.get(key);
    if (running) return running;
    const computing = this.compute(recording, pcm, bytes, buckets, signal).then((computed) => {
      // Only the size the UI asks for is kept; other sizes are computed on request.
      if (buckets === DEFAULT_PEAK_BUCKETS) this.cache.save(computed, isoNow(this.clock));
      return computed;
    });
    this.inFlight.set(key, computing);
    try {
      return await computing;
    } finally {
      this.inFlight.delete(key);
    }
  }

  /** Computes the default peaks of each recording that becomes ready, one at a time, in the background. */
  startWarming(bus: ChangeBus): () => Promise<void> {
    const unsubscribe = bus.subscribe((change) => {
      if (change.kind !== 'recording') return;
      const { id, status, pcm, audioDeletedAt } = change.recording;
      if (audioDeletedAt !== null) return this.forget(id);
      if (status !== 'ready' || !pcm) return;
      this.warming = this.warming
        .then(() => this.peaks(id, DEFAULT_PEAK_BUCKETS, this.closing.signal))
        // A cache: a failure here is reported when the page asks, by the same call.
        .then(
          () => undefined,
          () => undefined,
        );
    });
    // Stopping waits for the recording being read to let go, before the library closes under it.
    return async () => {
      unsubscribe();
      this.closing.abort();
      await this.warming;
    };
  }

  /** Retention deleted the audio: what was derived from it goes too. */
  private forget(recordingId: string): void {
    try {
      this.cache.deleteForRecording(recordingId);
    } catch {
      // The library may be closing; the row goes with the recording at the latest.
    }
  }

  private async requirePlayable(recordingId: string): Promise<{ recording: Recording; pcm: PcmInfo; bytes: number }> {
    const recording = this.recordings.find(recordingId);
    if (!recording) throw notFound('recording', recordingId);
    if (recording.audioDeletedAt) throw audioDeleted(recording.audioDeletedAt);
    const bytes = recording.status === 'ready' ? await this.store.size(recordingId, 'pcm') : null;
    if (!recording.pcm || bytes === null) {
      throw new AppError('conflict', {
        ja: 'この録音の波形はまだ表示できません（取り込み中か失敗）',
        en: 'The waveform of this recording is not available yet (importing or failed)',
      });
    }
    return { recording, pcm: recording.pcm, bytes };
  }

  private async compute(
    recording: Recording,
    pcm: PcmInfo,
    bytes: number,
    buckets: number,
    signal?: AbortSignal,
  ): Promise<WaveformPeaks> {
    const totalFrames = Math.floor(bytes / 2 / pcm.channels);
    const count = Math.max(1, Math.min(buckets, totalFrames));
    const accumulator = new PeakAccumulator(totalFrames, pcm.channels, count);
    for await (const chunk of this.store.createReadStream(recording.id, 'pcm')) {
      if (signal?.aborted) throw new AppError('cancelled', { ja: '中止しました', en: 'Cancelled' });
      accumulator.push(chunk as Buffer);
    }
    return {
      recordingId: recording.id,
      durationMs: Math.round((totalFrames / pcm.sampleRate) * 1000),
      channels: Math.min(pcm.channels, MAX_PEAK_CHANNELS),
      buckets: count,
      peaks: accumulator.result().slice(0, MAX_PEAK_CHANNELS),
    };
  }
}
