import { DEFAULT_MFCC, MfccExtractor } from './mfcc';

/** Bump when the features change: stored voiceprints of another version are not comparable. */
export const VOICE_VECTOR_VERSION = 1;

/** Shortest stretch that gives a usable vector (a "はい" is ~0.3 s). */
export const MIN_VOICE_FRAMES = 20;

/**
 * A fixed-length description of a voice over a stretch of speech: mean and spread of the cepstral
 * coefficients c1…c19 (c0, loudness, is left out so that distance to the microphone does not matter).
 */
export function voiceVector(frames: readonly Float64Array[]): Float64Array | null {
  if (frames.length < MIN_VOICE_FRAMES) return null;
  const dims = (frames[0]?.length ?? 1) - 1;
  const vector = new Float64Array(2 * dims);
  for (const frame of frames) for (let d = 0; d < dims; d++) vector[d] = (vector[d] ?? 0) + (frame[d + 1] ?? 0);
  for (let d = 0; d < dims; d++) vector[d] = (vector[d] ?? 0) / frames.length;
  for (const frame of frames) {
    for (let d = 0; d < dims; d++)
      vector[dims + d] = (vector[dims + d] ?? 0) + ((frame[d + 1] ?? 0) - (vector[d] ?? 0)) ** 2;
  }
  for (let d = 0; d < dims; d++) vector[dims + d] = Math.sqrt((vector[dims + d] ?? 0) / frames.length);
  return vector;
}

/** Computes voice vectors of 16 kHz sample stretches; one extractor is reused for a whole recording. */
export class VoiceVectorizer {
  private readonly mfcc = new MfccExtractor(DEFAULT_MFCC);

  vectorOf(samples: Float32Array): Float64Array | null {
    return voiceVector(this.mfcc.compute(samples));
  }
}
