import {
  AppError,
  FieldReader,
  meanVector,
  VOICE_VECTOR_VERSION,
  type Voiceprint,
  VoiceVectorizer,
} from '@furikaeri/core';
import type { AudioStore } from '../audio/audio-store';
import { type Clock, isoNow } from '../config/clock';
import type { ModelLocator } from '../models/installed-model';
import type { Repositories } from '../repositories/repositories';
import { readPcmBlocks } from './pcm-channels';
import { StreamingVad } from './silero-vad';
import { locateVadModel } from './vad-model';
import { VoiceprintStore } from './voiceprint-store';

/** Enough speech to average over many syllables; at most two minutes are read. */
export const MIN_ENROLL_SPEECH_MS = 3_000;
export const MAX_ENROLL_RANGE_MS = 120_000;
const SLICE_SAMPLES = 24_000;

/** What the API tells about the enrolment (never the vector itself). */
export interface VoiceprintSummary {
  enrolled: boolean;
  speechMs: number | null;
  source: Voiceprint['source'] | null;
  createdAt: string | null;
}

/**
 * "This is me": the user marks a stretch of a recording where only they speak; its voice vector is
 * stored in the vault, and later transcriptions label the matching speaker as the user.
 */
export class VoiceprintService {
  private readonly prints: VoiceprintStore;

  constructor(
    private readonly repos: Repositories,
    private readonly store: AudioStore,
    private readonly models: ModelLocator,
    private readonly clock: Clock,
  ) {
    this.prints = new VoiceprintStore(repos.settings);
  }

  summary(): VoiceprintSummary {
    const print = this.prints.get();
    return print
      ? { enrolled: true, speechMs: print.speechMs, source: print.source, createdAt: print.createdAt }
      : { enrolled: false, speechMs: null, source: null, createdAt: null };
  }

  async enroll(input: unknown, signal: AbortSignal = new AbortController().signal): Promise<VoiceprintSummary> {
    const fields = new FieldReader(input);
    const recordingId = fields.text('recordingId', { required: true, max: 64 });
    const startMs = wholeMs(fields, 'startMs');
    const endMs = wholeMs(fields, 'endMs');
    fields.done();
    const recording = this.repos.recordings.find(recordingId);
    if (!recording?.pcm || recording.audioDeletedAt) {
      throw new AppError('not_found', { ja: '録音（音声）が見つかりません', en: 'Recording audio not found' });
    }
    if (endMs <= startMs || endMs - startMs > MAX_ENROLL_RANGE_MS || endMs > recording.pcm.durationMs + 1000) {
      throw new AppError('validation', {
        ja: `録音の範囲内で、${MAX_ENROLL_RANGE_MS / 1000} 秒以内の区間を選んでください。`,
        en: `Choose a stretch inside the recording, at most ${MAX_ENROLL_RANGE_MS / 1000} s long.`,
      });
    }
    const { channels } = recording.pcm;
    const stream = this.store.createReadStream(recordingId, 'pcm', {
      start: startMs * 32 * channels,
      end: endMs * 32 * channels - 1,
    });
    // Only the speech in the stretch counts, and only the microphone channel (0) of a two-channel recording.
    const vad = new StreamingVad(locateVadModel(this.models).path);
    const vectorizer = new VoiceVectorizer();
    const vectors: Float64Array[] = [];
    let speechSamples = 0;
    const take = (segments: { samples: Float32Array }[]) => {
      for (const { samples } of segments) {
        speechSamples += samples.length;
        for (let at = 0; at + SLICE_SAMPLES / 2 <= samples.length; at += SLICE_SAMPLES) {
          const vector = vectorizer.vectorOf(samples.subarray(at, at + SLICE_SAMPLES));
          if (vector) vectors.push(vector);
        }
      }
    };
    for await (const block of readPcmBlocks(stream, channels, signal))
      take(vad.accept(block.channels[0] ?? new Float32Array(0)));
    take(vad.finish());
    const speechMs = Math.round(speechSamples / 16);
    if (speechMs < MIN_ENROLL_SPEECH_MS || vectors.length === 0) {
      throw new AppError('validation', {
        ja: `選んだ区間の発話が短すぎます（${(speechMs / 1000).toFixed(1)} 秒）。自分だけが ${MIN_ENROLL_SPEECH_MS / 1000} 秒以上話している区間を選んでください。`,
        en: `Too little speech in that stretch (${(speechMs / 1000).toFixed(1)} s). Choose one where only you speak for at least ${MIN_ENROLL_SPEECH_MS / 1000} s.`,
      });
    }
    this.prints.set({
      version: VOICE_VECTOR_VERSION,
      vector: [...meanVector(vectors)],
      speechMs,
      source: { recordingId, startMs, endMs },
      createdAt: isoNow(this.clock),
    });
    return this.summary();
  }

  remove(): VoiceprintSummary {
    this.prints.clear();
    return this.summary();
  }
}

function wholeMs(fields: FieldReader, name: string): number {
  const value = fields.raw(name);
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    fields.fail(name, {
      ja: '0 以上の整数（ミリ秒）で指定してください',
      en: 'Must be a whole number of milliseconds ≥ 0',
    });
    return 0;
  }
  return value;
}
