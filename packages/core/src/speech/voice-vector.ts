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
  private readonly frame = new Float64Array(DEFAULT_MFCC.coefficients);

  /**
   * The same vector as voiceVector(mfcc.compute(samples)), accumulated frame by frame (sum and sum of
   * squares) instead of keeping every frame: the first pass calls this for every 1.5 s of speech.
   */
  vectorOf(samples: Float32Array): Float64Array | null {
    const count = this.mfcc.frameCount(samples.length);
    if (count < MIN_VOICE_FRAMES) return null;
    const dims = DEFAULT_MFCC.coefficients - 1;
    const sum = new Float64Array(dims);
    const squares = new Float64Array(dims);
    for (let f = 0; f < count; f++) {
      this.mfcc.computeFrame(samples, f * this.mfcc.hopLength, this.frame);
      for (let d = 0; d < dims; d++) {
        const value = this.frame[d + 1] as number;
        sum[d] = (sum[d] as number) + value;
        squares[d] = (squares[d] as number) + value * value;
      }
    }
    const vector = new Float64Array(2 * dims);
    for (let d = 0; d < dims; d++) {
      const mean = (sum[d] as number) / count;
      vector[d] = mean;
      vector[dims + d] = Math.sqrt(Math.max(0, (squares[d] as number) / count - mean * mean));
    }
    return vector;
  }
}
