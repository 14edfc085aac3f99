import type { Readable } from 'node:stream';
import {
  type AsrWindow,
  DEFAULT_WINDOWS,
  type DiarizationMethod,
  type Message,
  padAndMerge,
  planWindows,
  SPEECH_PAD_MS,
  type SpeakerCountHint,
  type SpeechRegion,
  type TranscriptSpeaker,
  type Voiceprint,
} from '@furikaeri/core';
import type { ModelLocator } from '../models/installed-model';
import { diarize } from './diarize';
import {
  findNeuralModels,
  labelSegments,
  MAX_NEURAL_MS,
  runNeuralDiarization,
  tooLongForNeural,
} from './neural-diarization';
import { scanRecording } from './speech-scan';
import type { SpeechSettings } from './speech-settings';

export type { SpeakerCountHint } from '@furikaeri/core';

/** Everything decided before recognition starts; stored as the run's first checkpoint. */
export interface TranscriptionPlan {
  durationMs: number;
  speechRegions: SpeechRegion[];
  speakers: TranscriptSpeaker[];
  windows: AsrWindow[];
  diarization: DiarizationMethod;
  notes: Message[];
}

export interface PlanInput {
  stream: Readable;
  channels: number;
  durationMs: number;
  vadModelPath: string;
  models: ModelLocator;
  settings: SpeechSettings;
  voiceprint: Voiceprint | null;
  /** How many people the event says took part, when it says: the clustering searches only that range. */
  speakerCount?: SpeakerCountHint | null;
  signal: AbortSignal;
  onProgress: (fraction: number) => void;
}

/** First pass (speech and voices), who spoke when, and the recogniser windows. */
export async function planTranscription(input: PlanInput): Promise<TranscriptionPlan> {
  const wantsNeural = input.settings.diarization === 'auto' && input.channels === 1;
  const neuralModels = wantsNeural ? findNeuralModels(input.models, input.settings) : null;
  const neuralPaths = neuralModels && 'paths' in neuralModels ? neuralModels.paths : null;
  const tooLong = neuralPaths !== null && input.durationMs > MAX_NEURAL_MS;
  // The neural diarization needs the whole recording at once; it is kept only when it will run.
  const keep =
    neuralPaths && !tooLong ? new Float32Array(Math.ceil((input.durationMs / 1000) * 16_000) + 16_000) : null;
  const scan = await scanRecording({
    stream: input.stream,
    channels: input.channels,
    vadModelPath: input.vadModelPath,
    signal: input.signal,
    keepChannel0: keep,
    onProgress: (samples) => input.onProgress(Math.min(1, samples / 16 / Math.max(1, input.durationMs))),
  });
  const neural =
    neuralPaths && keep
      ? labelSegments(
          scan.segments.filter((s) => s.channel === 0),
          await runNeuralDiarization(
            keep.subarray(0, Math.round((scan.durationMs / 1000) * 16_000)),
            neuralPaths,
            input.signal,
          ),
        )
      : null;
  const skipped =
    neuralModels && 'skipped' in neuralModels
      ? neuralModels.skipped
      : tooLong
        ? tooLongForNeural(input.durationMs)
        : null;
  const diarized = diarize({
    scan,
    choice: input.settings.diarization,
    voiceprint: input.voiceprint,
    neural,
    neuralSkipped: skipped,
    speakerCount: input.speakerCount ?? null,
  });
  return {
    durationMs: scan.durationMs,
    speechRegions: padAndMerge(scan.segments, SPEECH_PAD_MS, scan.durationMs),
    speakers: diarized.speakers,
    windows: planWindows(diarized.runs, { ...DEFAULT_WINDOWS, totalMs: scan.durationMs }),
    diarization: diarized.method,
    notes: diarized.notes,
  };
}
