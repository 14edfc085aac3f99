/**
 * Power spectrum of real frames. A real frame of N samples is packed into N/2 complex values (even samples
 * real, odd imaginary), transformed with an iterative FFT of half the size, and split back into the N/2 + 1
 * bins of the real signal — half the work of a complex FFT of the zero-imaginary frame, which matters
 * because the voice features call this for every frame of speech (#16: the first pass within 1.2× of
 * decode + VAD). The radix-2 stages are taken two at a time (radix-2²), so the arrays are walked half as
 * often; twiddles are tabled per stage, once per size.
 */
export class PowerSpectrum {
  readonly size: number;
  private readonly half: number;
  /** Twiddles e^{-iπk/s} of the stage of span s at index s + k (k < s), for the half-size complex FFT. */
  private readonly stageCos: Float64Array;
  private readonly stageSin: Float64Array;
  /** Twiddles e^{-2πik/N} of the split step. */
  private readonly splitCos: Float64Array;
  private readonly splitSin: Float64Array;
  private readonly reversed: Uint32Array;
  private readonly re: Float64Array;
  private readonly im: Float64Array;

  constructor(size: number) {
    if (size < 4 || (size & (size - 1)) !== 0) throw new Error(`FFT size must be a power of two ≥ 4, got ${size}`);
    this.size = size;
    const half = size / 2;
    this.half = half;
    this.stageCos = new Float64Array(half);
    this.stageSin = new Float64Array(half);
    for (let span = 1; span < half; span *= 2) {
      for (let k = 0; k < span; k++) {
        this.stageCos[span + k] = Math.cos((Math.PI * k) / span);
        this.stageSin[span + k] = -Math.sin((Math.PI * k) / span);
      }
    }
    this.splitCos = new Float64Array(half + 1);
    this.splitSin = new Float64Array(half + 1);
    for (let k = 0; k <= half; k++) {
      this.splitCos[k] = Math.cos((2 * Math.PI * k) / size);
      this.splitSin[k] = -Math.sin((2 * Math.PI * k) / size);
    }
    this.reversed = new Uint32Array(half);
    const bits = Math.log2(half);
    for (let i = 0; i < half; i++) {
      let r = 0;
      for (let b = 0; b < bits; b++) r |= ((i >> b) & 1) << (bits - 1 - b);
      this.reversed[i] = r;
    }
    this.re = new Float64Array(half);
    this.im = new Float64Array(half);
  }

  /** |X[k]|² for k = 0 … size/2 of `frame` (zero-padded to the FFT size) into `out`. */
  compute(frame: ArrayLike<number>, out: Float64Array): void {
    this.load(frame);
    let span = 1;
    for (; span * 4 <= this.half; span *= 4) this.twoStages(span);
    for (; span < this.half; span *= 2) this.oneStage(span);
    this.split(out);
  }

  /** Packs the frame (zero-padded) into the complex half-size array, in bit-reversed order. */
  private load(frame: ArrayLike<number>): void {
    const { half, re, im, reversed } = this;
    const length = frame.length;
    for (let i = 0; i < half; i++) {
      const source = 2 * (reversed[i] as number);
      re[i] = source < length ? (frame[source] as number) : 0;
      im[i] = source + 1 < length ? (frame[source + 1] as number) : 0;
    }
  }

  /** The stages of span s and 2s in one pass over each group of 4s values. */
  private twoStages(span: number): void {
    const { half, re, im, stageCos, stageSin } = this;
    const group = 4 * span;
    for (let k = 0; k < span; k++) {
      const w1r = stageCos[span + k] as number;
      const w1i = stageSin[span + k] as number;
      const w2r = stageCos[2 * span + k] as number;
      const w2i = stageSin[2 * span + k] as number;
      for (let a0 = k; a0 < half; a0 += group) {
        const a1 = a0 + span;
        const a2 = a1 + span;
        const a3 = a2 + span;
        // Span s: (a0, a1) and (a2, a3), both with w1.
        const b1r = re[a1] as number;
        const b1i = im[a1] as number;
        const b3r = re[a3] as number;
        const b3i = im[a3] as number;
        const t1r = w1r * b1r - w1i * b1i;
        const t1i = w1r * b1i + w1i * b1r;
        const t3r = w1r * b3r - w1i * b3i;
        const t3i = w1r * b3i + w1i * b3r;
        const x0r = re[a0] as number;
        const x0i = im[a0] as number;
        const x2r = re[a2] as number;
        const x2i = im[a2] as number;
        const q0r = x0r + t1r;
        const q0i = x0i + t1i;
        const q1r = x0r - t1r;
        const q1i = x0i - t1i;
        const q2r = x2r + t3r;
        const q2i = x2i + t3i;
        const q3r = x2r - t3r;
        const q3i = x2i - t3i;
        // Span 2s: (a0, a2) with w2 and (a1, a3) with e^{-iπ(k+s)/2s} = −i · w2.
        const u2r = w2r * q2r - w2i * q2i;
        const u2i = w2r * q2i + w2i * q2r;
        const v3r = w2r * q3r - w2i * q3i;
        const v3i = w2r * q3i + w2i * q3r;
        re[a0] = q0r + u2r;
        im[a0] = q0i + u2i;
        re[a2] = q0r - u2r;
        im[a2] = q0i - u2i;
        re[a1] = q1r + v3i;
        im[a1] = q1i - v3r;
        re[a3] = q1r - v3i;
        im[a3] = q1i + v3r;
      }
    }
  }

  /** A last single radix-2 stage, when the number of stages is odd. */
  private oneStage(span: number): void {
    const { half, re, im, stageCos, stageSin } = this;
    for (let k = 0; k < span; k++) {
      const wr = stageCos[span + k] as number;
      const wi = stageSin[span + k] as number;
      for (let a = k; a < half; a += 2 * span) {
        const b = a + span;
        const br = re[b] as number;
        const bi = im[b] as number;
        const tr = wr * br - wi * bi;
        const ti = wr * bi + wi * br;
        const ar = re[a] as number;
        const ai = im[a] as number;
        re[b] = ar - tr;
        im[b] = ai - ti;
        re[a] = ar + tr;
        im[a] = ai + ti;
      }
    }
  }

  /**
   * X[k] = E[k] + W^k O[k], with E and O the spectra of the even and odd samples,
   * E[k] = (Z[k] + conj Z[h−k]) / 2 and O[k] = (Z[k] − conj Z[h−k]) / 2i; at k = 0 and h, Z[h] = Z[0].
   */
  private split(out: Float64Array): void {
    const { half, re, im, splitCos, splitSin } = this;
    const z0r = re[0] as number;
    const z0i = im[0] as number;
    out[0] = (z0r + z0i) ** 2;
    out[half] = (z0r - z0i) ** 2;
    for (let k = 1; k < half; k++) {
      const zr = re[k] as number;
      const zi = im[k] as number;
      const cr = re[half - k] as number;
      const ci = -(im[half - k] as number);
      const er = (zr + cr) / 2;
      const ei = (zi + ci) / 2;
      const or = (zi - ci) / 2;
      const oi = -(zr - cr) / 2;
      const wr = splitCos[k] as number;
      const wi = splitSin[k] as number;
      const xr = er + wr * or - wi * oi;
      const xi = ei + wr * oi + wi * or;
      out[k] = xr * xr + xi * xi;
    }
  }
}
