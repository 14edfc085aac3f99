import { DEFAULT_MFCC, MfccExtractor, type MfccOptions } from './mfcc';

/**
 * Bump when the features change: stored voiceprints of another version are not comparable. Not bumped for
 * the 20 ms hop (VOICE_MFCC): it estimates the same means and spreads from every other frame, and a voiceprint
 * enrolled at 10 ms still names its speaker (packages/server/test/speech/voice-feature-rate.test.ts).
 */
export const VOICE_VECTOR_VERSION = 1;

/**
 * The front end of the voice vectors: the usual 25 ms frames, but one every 20 ms rather than 10. A vector
 * is a mean and a spread over ~1.5 s, which 75 frames estimate as well as 150 (neighbouring frames overlap
 * and barely differ), and the frames still cover every sample; it halves the cost of the features, which
 * the first pass computes for every second of speech (#16: the first pass within 1.2× of decode + VAD).
 * Measured with npm run eval:speech: the DER of every case the same or lower than at 10 ms.
 */
export const VOICE_MFCC: MfccOptions = { ...DEFAULT_MFCC, hopMs: 20 };

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
  private readonly mfcc = new MfccExtractor(VOICE_MFCC);
  private readonly frame = new Float64Array(VOICE_MFCC.coefficients);

  /**
   * The same vector as voiceVector(new MfccExtractor(VOICE_MFCC).compute(samples)), accumulated frame by frame (sum and sum of
   * squares) instead of keeping every frame: the first pass calls this for every 1.5 s of speech.
   */
  vectorOf(samples: Float32Array): Float64Array | null {
    const count = this.mfcc.frameCount(samples.length);
    if (count < MIN_VOICE_FRAMES) return null;
    const dims = VOICE_MFCC.coefficients - 1;
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
