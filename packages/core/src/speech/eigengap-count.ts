import { cosineDistance } from './clustering';
import { symmetricEigenvalues } from './eigenvalues';

/** Neighbours kept per vector, as fractions of the vectors: the grid over which p is chosen per recording. */
const NEIGHBOUR_SHARES = [0.05, 0.1, 0.15, 0.2, 0.25, 0.3];

/**
 * How many voices, from standardised voice vectors alone: the normalised maximum eigengap (NME) of a pruned
 * affinity graph (Park, Han, Kumar & Narayanan 2019, "Auto-Tuning Spectral Clustering for Speaker Diarization
 * Using Normalized Maximum Eigengap", IEEE Signal Processing Letters 27). Each vector is linked to its p most
 * similar ones (cosine, binary edges, symmetrised); the graph Laplacian then has about as many near-zero
 * eigenvalues as there are well-separated groups, and the count is where the largest gap among the first
 * `maxSpeakers` + 1 eigenvalues is. p is chosen per recording: the one whose largest gap, relative to the
 * largest eigenvalue, is widest for its p (smallest p / gap). Unlike the silhouette, which prefers merging
 * two close voices into one tidy cluster, the gap sees a close pair as two groups as long as each voice's
 * slices link mostly among themselves.
 */
export function eigengapSpeakerCount(vectors: readonly Float64Array[], maxSpeakers: number): number {
  const n = vectors.length;
  if (n < 4) return 1;
  const similarity = vectors.map((a) => Float64Array.from(vectors, (b) => 1 - cosineDistance(a, b)));
  const byCloseness = similarity.map((row, i) =>
    [...row.keys()].filter((j) => j !== i).sort((x, y) => (row[y] as number) - (row[x] as number)),
  );
  let best = { ratio: Number.POSITIVE_INFINITY, count: 1 };
  for (const share of NEIGHBOUR_SHARES) {
    const p = Math.min(n - 1, Math.max(2, Math.round(share * n)));
    const spectrum = symmetricEigenvalues(laplacian(byCloseness, p));
    const largest = spectrum[n - 1] as number;
    let gap = { size: -1, count: 1 };
    for (let k = 1; k <= Math.min(maxSpeakers, n - 1); k++) {
      const size = (spectrum[k] as number) - (spectrum[k - 1] as number);
      if (size > gap.size) gap = { size, count: k };
    }
    const ratio = largest > 0 && gap.size > 0 ? p / (gap.size / largest) : Number.POSITIVE_INFINITY;
    if (ratio < best.ratio) best = { ratio, count: gap.count };
  }
  return best.count;
}

/** L = D − A of the graph linking each vector to its p closest (edge weight 1, or ½ when one-sided). */
function laplacian(byCloseness: readonly number[][], p: number): Float64Array[] {
  const n = byCloseness.length;
  const graph = Array.from({ length: n }, () => new Float64Array(n));
  byCloseness.forEach((order, i) => {
    for (let r = 0; r < p; r++) {
      const j = order[r] as number;
      (graph[i] as Float64Array)[j] = ((graph[i] as Float64Array)[j] as number) + 0.5;
      (graph[j] as Float64Array)[i] = ((graph[j] as Float64Array)[i] as number) + 0.5;
    }
  });
  return graph.map((row, i) => {
    let degree = 0;
    for (let j = 0; j < n; j++) degree += row[j] as number;
    const out = Float64Array.from(row, (w) => -w);
    out[i] = degree;
    return out;
  });
}
