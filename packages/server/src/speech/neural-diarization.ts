import type { DetectedSegment, Message } from '@furikaeri/core';
import type { ModelLocator } from '../models/installed-model';
import type { NeuralLabels } from './diarize';
import { engineError, type SherpaDiarizationSegment, sherpa } from './sherpa-addon';
import type { SpeechSettings } from './speech-settings';

/**
 * sherpa-onnx's OfflineSpeakerDiarization takes the whole recording as one array, so it is used up to an
 * hour (230 MB of samples); longer recordings use the model-free clustering, which streams.
 */
export const MAX_NEURAL_MS = 60 * 60 * 1000;

export interface NeuralModelPaths {
  segmentation: string;
  embedding: string;
}

/** The neural pair if both models are installed; otherwise which are missing, in the user's words. */
export function findNeuralModels(
  models: ModelLocator,
  settings: SpeechSettings,
): { paths: NeuralModelPaths } | { skipped: Message } {
  const segmentation = models.find(settings.segmentationModelId)?.files.model;
  const embedding = models.find(settings.embeddingModelId)?.files.model;
  if (segmentation && embedding) return { paths: { segmentation, embedding } };
  const missing = [
    ...(segmentation ? [] : [settings.segmentationModelId]),
    ...(embedding ? [] : [settings.embeddingModelId]),
  ].join(', ');
  return {
    skipped: {
      ja: `話者分離モデル（${missing}）が入っていないため、モデルを使わない簡易な方法で話者を分けました。精度を上げるには furikaeri models pull ${missing.split(', ')[0]} などで入れてください。`,
      en: `The speaker diarization models (${missing}) are not installed, so speakers were separated with the simpler model-free method. Install them (furikaeri models pull ${missing.split(', ')[0]} …) for better results.`,
    },
  };
}

export function tooLongForNeural(durationMs: number): Message {
  const minutes = Math.round(durationMs / 60_000);
  return {
    ja: `録音が長い（${minutes} 分）ため、モデルを使わない方法で話者を分けました（ニューラル話者分離は 60 分まで）。`,
    en: `The recording is long (${minutes} min), so speakers were separated without the neural models (they take up to 60 min).`,
  };
}

/** Runs pyannote segmentation + speaker embeddings + clustering over the whole mono recording. */
export function runNeuralDiarization(samples: Float32Array, paths: NeuralModelPaths): SherpaDiarizationSegment[] {
  let diarizer: InstanceType<ReturnType<typeof sherpa>['OfflineSpeakerDiarization']>;
  try {
    diarizer = new (sherpa().OfflineSpeakerDiarization)({
      segmentation: { pyannote: { model: paths.segmentation }, numThreads: 2, debug: 0 },
      embedding: { model: paths.embedding, numThreads: 2, debug: 0 },
      // numClusters -1: let the threshold decide how many voices there are (sherpa-onnx's examples use 0.5).
      clustering: { numClusters: -1, threshold: 0.5 },
      minDurationOn: 0.3,
      minDurationOff: 0.5,
    });
  } catch (error) {
    throw engineError('speaker diarization models', error);
  }
  return diarizer.process(samples);
}

/** Each detected segment takes the neural speaker it overlaps most (or the nearest one in time). */
export function labelSegments(
  segments: readonly DetectedSegment[],
  neural: readonly SherpaDiarizationSegment[],
): { labels: NeuralLabels; count: number } {
  const labels: NeuralLabels = new Map();
  segments.forEach((segment, index) => {
    let best = { score: Number.NEGATIVE_INFINITY, speaker: 0 };
    for (const turn of neural) {
      const start = turn.start * 1000;
      const end = turn.end * 1000;
      const overlap = Math.min(end, segment.endMs) - Math.max(start, segment.startMs);
      if (overlap > best.score) best = { score: overlap, speaker: turn.speaker };
    }
    labels.set(index, best.speaker);
  });
  const count = new Set(labels.values()).size;
  const renumber = new Map([...new Set(labels.values())].map((speaker, i) => [speaker, i]));
  for (const [index, speaker] of labels) labels.set(index, renumber.get(speaker) ?? 0);
  return { labels, count };
}
