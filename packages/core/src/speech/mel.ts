/** One triangular mel filter, stored sparsely: weights for FFT bins first … first + weights.length - 1. */
export interface MelFilter {
  first: number;
  weights: Float64Array;
}

export interface MelFilterbankOptions {
  sampleRate: number;
  fftSize: number;
  bands: number;
  minHz: number;
  maxHz: number;
}

export function hzToMel(hz: number): number {
  return 2595 * Math.log10(1 + hz / 700);
}

export function melToHz(mel: number): number {
  return 700 * (10 ** (mel / 2595) - 1);
}

/** Triangular filters evenly spaced on the mel scale (HTK convention), as speech front ends use. */
export function melFilterbank(options: MelFilterbankOptions): MelFilter[] {
  const { sampleRate, fftSize, bands } = options;
  const low = hzToMel(options.minHz);
  const high = hzToMel(Math.min(options.maxHz, sampleRate / 2));
  const edges: number[] = [];
  for (let i = 0; i < bands + 2; i++) edges.push(melToHz(low + ((high - low) * i) / (bands + 1)));
  const binHz = sampleRate / fftSize;
  const filters: MelFilter[] = [];
  for (let band = 0; band < bands; band++) {
    const left = edges[band] ?? 0;
    const centre = edges[band + 1] ?? 0;
    const right = edges[band + 2] ?? 0;
    const first = Math.max(0, Math.ceil(left / binHz));
    const last = Math.min(fftSize / 2, Math.floor(right / binHz));
    const weights = new Float64Array(Math.max(0, last - first + 1));
    for (let bin = first; bin <= last; bin++) {
      const hz = bin * binHz;
      const weight = hz <= centre ? (hz - left) / (centre - left) : (right - hz) / (right - centre);
      weights[bin - first] = Math.max(0, weight);
    }
    filters.push({ first, weights });
  }
  return filters;
}

/** Log energies of the filters for one power spectrum; a floor keeps silence finite. Plain loops: hot path. */
export function logMelEnergies(power: Float64Array, filters: readonly MelFilter[], out: Float64Array): void {
  for (let band = 0; band < filters.length; band++) {
    const { first, weights } = filters[band] as MelFilter;
    let sum = 0;
    for (let i = 0; i < weights.length; i++) sum += (weights[i] as number) * (power[first + i] as number);
    out[band] = Math.log(sum + 1e-10);
  }
}

/** DCT-II basis (orthonormal) turning log-mel energies into cepstral coefficients. */
export function dctMatrix(inputs: number, outputs: number): Float64Array[] {
  const rows: Float64Array[] = [];
  for (let k = 0; k < outputs; k++) {
    const row = new Float64Array(inputs);
    const scale = k === 0 ? Math.sqrt(1 / inputs) : Math.sqrt(2 / inputs);
    for (let n = 0; n < inputs; n++) row[n] = scale * Math.cos((Math.PI * k * (n + 0.5)) / inputs);
    rows.push(row);
  }
  return rows;
}
