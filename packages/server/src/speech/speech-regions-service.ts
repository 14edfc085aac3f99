import { padAndMerge, SPEECH_PAD_MS, type SpeechRegion } from '@furikaeri/core';
import type { EncryptedAudioStore } from '../audio/encrypted-audio-store';
import type { ModelLocator } from '../models/installed-model';
import type { Repositories } from '../repositories/repositories';
import { notFound } from '../services/errors';
import { scanRecording } from './speech-scan';
import { locateVadModel } from './vad-model';

/** Recordings whose regions stay in memory: a review page opened again does not scan again. */
const CACHED = 16;

/**
 * Where people speak in a recording that has no transcript yet (no speech model installed): the same silero
 * VAD pass the transcription starts with, padded and merged as the transcript's regions are. Computed on
 * request, streaming the stored PCM, and kept for a few recordings.
 */
export class SpeechRegionsService {
  private readonly cache = new Map<string, SpeechRegion[]>();

  constructor(
    private readonly repos: Pick<Repositories, 'recordings'>,
    private readonly store: EncryptedAudioStore,
    private readonly models: ModelLocator,
  ) {}

  async regions(recordingId: string, signal: AbortSignal): Promise<SpeechRegion[]> {
    const recording = this.repos.recordings.find(recordingId);
    if (recording?.status !== 'ready' || !recording.pcm || recording.audioDeletedAt !== null) {
      throw notFound('recording', recordingId);
    }
    const cached = this.cache.get(recordingId);
    if (cached) return cached;
    const scan = await scanRecording({
      stream: this.store.createReadStream(recordingId, 'pcm'),
      channels: recording.pcm.channels,
      vadModelPath: locateVadModel(this.models).path,
      signal,
    });
    const regions = padAndMerge(scan.segments, SPEECH_PAD_MS, scan.durationMs);
    this.cache.set(recordingId, regions);
    if (this.cache.size > CACHED) this.cache.delete(this.cache.keys().next().value as string);
    return regions;
  }
}
