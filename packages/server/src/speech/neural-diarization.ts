import { Worker } from 'node:worker_threads';
import type { DetectedSegment, Message } from '@furikaeri/core';
import type { ModelLocator } from '../models/installed-model';
import type { NeuralLabels } from './diarize';
import { cancelled } from './pcm-channels';
import { engineError, type SherpaDiarizationConfig, type SherpaDiarizationSegment } from './sherpa-addon';
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

/**
 * Runs pyannote segmentation + speaker embeddings + clustering over the whole mono recording, on a worker
 * thread (the samples' buffer is moved there, not copied). Aborting the signal ends the worker.
 */
export function runNeuralDiarization(
  samples: Float32Array,
  paths: NeuralModelPaths,
  signal: AbortSignal,
): Promise<SherpaDiarizationSegment[]> {
  const config: SherpaDiarizationConfig = {
    segmentation: { pyannote: { model: paths.segmentation }, numThreads: 2, debug: 0 },
    embedding: { model: paths.embedding, numThreads: 2, debug: 0 },
    // numClusters -1: let the threshold decide how many voices there are (sherpa-onnx's examples use 0.5).
    clustering: { numClusters: -1, threshold: 0.5 },
    minDurationOn: 0.3,
    minDurationOff: 0.5,
  };
  // The buffer moves to the worker (no copy of up to 230 MB); a shared one could not, and is copied.
  const buffer = samples.buffer instanceof ArrayBuffer ? samples.buffer : new Float32Array(samples).buffer;
  const offset = samples.buffer instanceof ArrayBuffer ? samples.byteOffset : 0;
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./neural-diarization.worker.cjs', import.meta.url), {
      workerData: { config, buffer, offset, length: samples.length },
      transferList: [buffer],
    });
    const stop = () => {
      void worker.terminate();
      reject(cancelled());
    };
    signal.addEventListener('abort', stop, { once: true });
    worker.once('message', (reply: { segments?: SherpaDiarizationSegment[]; error?: string }) => {
      signal.removeEventListener('abort', stop);
      void worker.terminate();
      if (reply.segments) resolve(reply.segments);
      else reject(engineError('speaker diarization models', new Error(reply.error)));
    });
    worker.once('error', (error) => {
      signal.removeEventListener('abort', stop);
      reject(engineError('speaker diarization models', error));
    });
  });
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
