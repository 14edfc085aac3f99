import { PowerSpectrum } from './fft';
import { dctMatrix, logMelEnergies, type MelFilter, melFilterbank } from './mel';

export interface MfccOptions {
  sampleRate: number;
  frameMs: number;
  hopMs: number;
  melBands: number;
  /** Coefficients kept, c0 (overall loudness) included; speaker features drop it. */
  coefficients: number;
}

/** The usual speech front end: 25 ms Hamming frames every 10 ms, 40 mel bands, 20 cepstra. */
export const DEFAULT_MFCC: MfccOptions = { sampleRate: 16_000, frameMs: 25, hopMs: 10, melBands: 40, coefficients: 20 };

/**
 * Mel-frequency cepstral coefficients per frame. They describe the shape of the vocal tract (timbre),
 * which is what tells one voice from another without a neural model.
 */
export class MfccExtractor {
  readonly frameLength: number;
  readonly hopLength: number;
  private readonly window: Float64Array;
  private readonly spectrum: PowerSpectrum;
  private readonly filters: MelFilter[];
  /** The DCT basis, row after row (one flat array: the hot loop reads it without indirection). */
  private readonly dct: Float64Array;
  private readonly frame: Float64Array;
  private readonly power: Float64Array;
  private readonly mel: Float64Array;

  constructor(readonly options: MfccOptions = DEFAULT_MFCC) {
    this.frameLength = Math.round((options.sampleRate * options.frameMs) / 1000);
    this.hopLength = Math.round((options.sampleRate * options.hopMs) / 1000);
    let fftSize = 1;
    while (fftSize < this.frameLength) fftSize *= 2;
    this.window = new Float64Array(this.frameLength);
    for (let i = 0; i < this.frameLength; i++) {
      this.window[i] = 0.54 - 0.46 * Math.cos((2 * Math.PI * i) / (this.frameLength - 1));
    }
    this.spectrum = new PowerSpectrum(fftSize);
    this.filters = melFilterbank({
      sampleRate: options.sampleRate,
      fftSize,
      bands: options.melBands,
      minHz: 20,
      maxHz: options.sampleRate / 2,
    });
    const rows = dctMatrix(options.melBands, options.coefficients);
    this.dct = new Float64Array(options.melBands * options.coefficients);
    for (const [k, row] of rows.entries()) this.dct.set(row, k * options.melBands);
    this.frame = new Float64Array(this.frameLength);
    this.power = new Float64Array(fftSize / 2 + 1);
    this.mel = new Float64Array(options.melBands);
  }

  /** Number of whole frames in `sampleCount` samples. */
  frameCount(sampleCount: number): number {
    return sampleCount < this.frameLength ? 0 : 1 + Math.floor((sampleCount - this.frameLength) / this.hopLength);
  }

  /** Coefficients of every frame of `samples`, one Float64Array per frame. */
  compute(samples: Float32Array): Float64Array[] {
    const frames: Float64Array[] = [];
    const count = this.frameCount(samples.length);
    for (let f = 0; f < count; f++) {
      const out = new Float64Array(this.options.coefficients);
      this.computeFrame(samples, f * this.hopLength, out);
      frames.push(out);
    }
    return frames;
  }

  /** The coefficients of the frame starting at `offset` into `out` (no allocation: the hot path). */
  computeFrame(samples: Float32Array, offset: number, out: Float64Array): void {
    const { frame, window, frameLength, mel } = this;
    let previous = offset > 0 ? (samples[offset - 1] as number) : 0;
    // Past the end of the samples the frame is zero (bounds checked once, not per sample).
    const inside = Math.max(0, Math.min(frameLength, samples.length - offset));
    for (let i = 0; i < inside; i++) {
      const value = samples[offset + i] as number;
      // Pre-emphasis lifts the high frequencies where voices differ most.
      frame[i] = (value - 0.97 * previous) * (window[i] as number);
      previous = value;
    }
    if (inside < frameLength) {
      frame[inside] = -0.97 * previous * (window[inside] as number);
      frame.fill(0, inside + 1);
    }
    this.spectrum.compute(frame, this.power);
    logMelEnergies(this.power, this.filters, mel);
    const { dct } = this;
    const bands = this.options.melBands;
    for (let k = 0, row = 0; k < this.options.coefficients; k++, row += bands) {
      let sum = 0;
      for (let n = 0; n < bands; n++) sum += (dct[row + n] as number) * (mel[n] as number);
      out[k] = sum;
    }
  }
}
