/**
 * Power spectrum of real frames with an iterative radix-2 FFT. Twiddles and the bit-reversal table are
 * computed once per size, because the feature extractors call this a hundred times per second of audio.
 */
export class PowerSpectrum {
  readonly size: number;
  private readonly cos: Float64Array;
  private readonly sin: Float64Array;
  private readonly reversed: Uint32Array;
  private readonly re: Float64Array;
  private readonly im: Float64Array;

  constructor(size: number) {
    if (size < 2 || (size & (size - 1)) !== 0) throw new Error(`FFT size must be a power of two, got ${size}`);
    this.size = size;
    this.cos = new Float64Array(size / 2);
    this.sin = new Float64Array(size / 2);
    for (let k = 0; k < size / 2; k++) {
      this.cos[k] = Math.cos((2 * Math.PI * k) / size);
      this.sin[k] = -Math.sin((2 * Math.PI * k) / size);
    }
    this.reversed = new Uint32Array(size);
    const bits = Math.log2(size);
    for (let i = 0; i < size; i++) {
      let r = 0;
      for (let b = 0; b < bits; b++) r |= ((i >> b) & 1) << (bits - 1 - b);
      this.reversed[i] = r;
    }
    this.re = new Float64Array(size);
    this.im = new Float64Array(size);
  }

  /** |X[k]|² for k = 0 … size/2 of `frame` (zero-padded to the FFT size) into `out`. */
  compute(frame: ArrayLike<number>, out: Float64Array): void {
    const { size, re, im, reversed } = this;
    for (let i = 0; i < size; i++) {
      const source = reversed[i] ?? 0;
      re[i] = source < frame.length ? (frame[source] ?? 0) : 0;
      im[i] = 0;
    }
    for (let half = 1; half < size; half *= 2) {
      const step = size / (2 * half);
      for (let start = 0; start < size; start += 2 * half) {
        for (let k = 0; k < half; k++) {
          const wr = this.cos[k * step] ?? 1;
          const wi = this.sin[k * step] ?? 0;
          const a = start + k;
          const b = a + half;
          const br = re[b] ?? 0;
          const bi = im[b] ?? 0;
          const tr = wr * br - wi * bi;
          const ti = wr * bi + wi * br;
          const ar = re[a] ?? 0;
          const ai = im[a] ?? 0;
          re[b] = ar - tr;
          im[b] = ai - ti;
          re[a] = ar + tr;
          im[a] = ai + ti;
        }
      }
    }
    for (let k = 0; k <= size / 2; k++) {
      const r = re[k] ?? 0;
      const i = im[k] ?? 0;
      out[k] = r * r + i * i;
    }
  }
}
