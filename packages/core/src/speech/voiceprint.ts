import { cosineDistance } from './clustering';
import { VOICE_VECTOR_VERSION } from './voice-vector';

/** "This is me": the mean voice vector of a short sample of the user's own voice. */
export interface Voiceprint {
  version: number;
  vector: number[];
  /** Seconds of speech it was computed from; short samples match less reliably. */
  speechMs: number;
  source: { recordingId: string; startMs: number; endMs: number };
  createdAt: string;
}

export interface VoiceprintMatchOptions {
  /** A cluster farther than this (cosine, in the recording's standardised space) is not the user. */
  maxDistance: number;
  /** The best cluster must be this much closer than the next one, or the match is ambiguous. */
  minMargin: number;
}

export const DEFAULT_VOICEPRINT_MATCH: VoiceprintMatchOptions = { maxDistance: 0.6, minMargin: 0.15 };

export function meanVector(vectors: readonly Float64Array[]): Float64Array {
  const dims = vectors[0]?.length ?? 0;
  const mean = new Float64Array(dims);
  for (const v of vectors) for (let d = 0; d < dims; d++) mean[d] = (mean[d] ?? 0) + (v[d] ?? 0) / vectors.length;
  return mean;
}

/**
 * Which cluster of this recording is the enrolled voice, or null. Vectors are compared after
 * standardising with this recording's own statistics, which removes most of what the room and the
 * microphone add (cepstral mean normalisation in spirit).
 */
export function matchVoiceprint(
  voiceprint: Voiceprint,
  clusters: readonly (readonly Float64Array[])[],
  options: VoiceprintMatchOptions = DEFAULT_VOICEPRINT_MATCH,
): { cluster: number; distance: number } | null {
  if (voiceprint.version !== VOICE_VECTOR_VERSION) return null;
  const all = clusters.flat();
  if (all.length === 0) return null;
  const dims = voiceprint.vector.length;
  const mean = meanVector(all);
  const std = new Float64Array(dims);
  for (const v of all) for (let d = 0; d < dims; d++) std[d] = (std[d] ?? 0) + ((v[d] ?? 0) - (mean[d] ?? 0)) ** 2;
  const scale = (v: ArrayLike<number>) =>
    Float64Array.from(
      { length: dims },
      (_, d) => ((v[d] ?? 0) - (mean[d] ?? 0)) / (Math.sqrt((std[d] ?? 0) / all.length) + 1e-9),
    );
  const target = scale(voiceprint.vector);
  const distances = clusters
    .map((vectors, cluster) => ({
      cluster,
      distance: vectors.length ? cosineDistance(target, scale(meanVector(vectors))) : 2,
    }))
    .sort((a, b) => a.distance - b.distance);
  const [best, second] = distances;
  if (!best || best.distance > options.maxDistance) return null;
  if (second && second.distance - best.distance < options.minMargin) return null;
  return best;
}
