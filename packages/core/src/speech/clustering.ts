/**
 * Speaker clustering without a model: vectors are standardised per dimension (so no single cepstral
 * coefficient dominates), compared by cosine distance, grouped by average-linkage agglomeration, and the
 * number of groups is the one with the best silhouette.
 */
export function standardize(vectors: readonly Float64Array[]): Float64Array[] {
  const first = vectors[0];
  if (!first) return [];
  const dims = first.length;
  const mean = new Float64Array(dims);
  const std = new Float64Array(dims);
  for (const v of vectors) for (let d = 0; d < dims; d++) mean[d] = (mean[d] ?? 0) + (v[d] ?? 0) / vectors.length;
  for (const v of vectors) {
    for (let d = 0; d < dims; d++) std[d] = (std[d] ?? 0) + ((v[d] ?? 0) - (mean[d] ?? 0)) ** 2 / vectors.length;
  }
  return vectors.map((v) => {
    const out = new Float64Array(dims);
    for (let d = 0; d < dims; d++) out[d] = ((v[d] ?? 0) - (mean[d] ?? 0)) / (Math.sqrt(std[d] ?? 0) + 1e-9);
    return out;
  });
}

export function cosineDistance(a: Float64Array, b: Float64Array): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    dot += x * y;
    na += x * x;
    nb += y * y;
  }
  return 1 - dot / (Math.sqrt(na * nb) + 1e-12);
}

/**
 * Average-linkage agglomeration. Returns the labels (0 … k-1, numbered by first appearance) for every k
 * from 1 to maxClusters, read off the same merge tree.
 */
export function agglomerate(vectors: readonly Float64Array[], maxClusters: number): Map<number, number[]> {
  const n = vectors.length;
  const distance: Float64Array[] = vectors.map((a) => Float64Array.from(vectors, (b) => cosineDistance(a, b)));
  const size = new Array<number>(n).fill(1);
  const members: number[][] = vectors.map((_, i) => [i]);
  const active = new Set<number>(vectors.map((_, i) => i));
  const byCount = new Map<number, number[]>();
  const record = () => {
    if (active.size <= maxClusters)
      byCount.set(
        active.size,
        labelsOf(
          [...active].map((c) => members[c] ?? []),
          n,
        ),
      );
  };
  record();
  while (active.size > 1) {
    let best = Number.POSITIVE_INFINITY;
    let pair: [number, number] = [-1, -1];
    const ids = [...active];
    for (let x = 0; x < ids.length; x++) {
      const i = ids[x] ?? 0;
      const row = distance[i];
      if (!row) continue;
      for (let y = x + 1; y < ids.length; y++) {
        const j = ids[y] ?? 0;
        const d = row[j] ?? Number.POSITIVE_INFINITY;
        if (d < best) {
          best = d;
          pair = [i, j];
        }
      }
    }
    const [keep, gone] = pair;
    const sizeKeep = size[keep] ?? 1;
    const sizeGone = size[gone] ?? 1;
    // Lance–Williams update for average linkage.
    for (const k of active) {
      if (k === keep || k === gone) continue;
      const merged =
        ((distance[keep]?.[k] ?? 0) * sizeKeep + (distance[gone]?.[k] ?? 0) * sizeGone) / (sizeKeep + sizeGone);
      const rowKeep = distance[keep];
      const rowK = distance[k];
      if (rowKeep) rowKeep[k] = merged;
      if (rowK) rowK[keep] = merged;
    }
    size[keep] = sizeKeep + sizeGone;
    members[keep] = [...(members[keep] ?? []), ...(members[gone] ?? [])];
    active.delete(gone);
    record();
  }
  return byCount;
}

function labelsOf(clusters: number[][], n: number): number[] {
  const labels = new Array<number>(n).fill(0);
  const ordered = clusters.map((items) => [...items].sort((a, b) => a - b)).sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));
  ordered.forEach((items, label) => {
    for (const i of items) labels[i] = label;
  });
  return labels;
}

/** Mean silhouette (−1 … 1) of a labelling; 0 for a single cluster. */
export function silhouette(vectors: readonly Float64Array[], labels: readonly number[]): number {
  const k = Math.max(...labels) + 1;
  if (k < 2) return 0;
  let sum = 0;
  vectors.forEach((v, i) => {
    const totals = new Array<number>(k).fill(0);
    const counts = new Array<number>(k).fill(0);
    vectors.forEach((w, j) => {
      if (i === j) return;
      const label = labels[j] ?? 0;
      totals[label] = (totals[label] ?? 0) + cosineDistance(v, w);
      counts[label] = (counts[label] ?? 0) + 1;
    });
    const own = labels[i] ?? 0;
    const a = (counts[own] ?? 0) > 0 ? (totals[own] ?? 0) / (counts[own] ?? 1) : 0;
    let b = Number.POSITIVE_INFINITY;
    for (let c = 0; c < k; c++) {
      if (c !== own && (counts[c] ?? 0) > 0) b = Math.min(b, (totals[c] ?? 0) / (counts[c] ?? 1));
    }
    sum += (counts[own] ?? 0) === 0 || !Number.isFinite(b) ? 0 : (b - a) / Math.max(a, b);
  });
  return sum / vectors.length;
}

export function centroids(vectors: readonly Float64Array[], labels: readonly number[], k: number): Float64Array[] {
  const dims = vectors[0]?.length ?? 0;
  const sums = Array.from({ length: k }, () => new Float64Array(dims));
  const counts = new Array<number>(k).fill(0);
  vectors.forEach((v, i) => {
    const label = labels[i] ?? 0;
    const sum = sums[label];
    if (!sum) return;
    counts[label] = (counts[label] ?? 0) + 1;
    for (let d = 0; d < dims; d++) sum[d] = (sum[d] ?? 0) + (v[d] ?? 0);
  });
  return sums.map((sum, c) => sum.map((x) => x / Math.max(1, counts[c] ?? 0)));
}

/** Each vector to its nearest centroid (cosine). */
export function nearest(vectors: readonly Float64Array[], centres: readonly Float64Array[]): number[] {
  return vectors.map((v) => {
    let best = 0;
    let bestDistance = Number.POSITIVE_INFINITY;
    centres.forEach((c, i) => {
      const d = cosineDistance(v, c);
      if (d < bestDistance) {
        bestDistance = d;
        best = i;
      }
    });
    return best;
  });
}
