import { agglomerate, centroids, nearest, silhouette, standardize } from './clustering';

/** The event's word on how many people spoke: the count is searched in min … max only. */
export interface SpeakerCountHint {
  min: number;
  max: number;
}

export interface SpeakerClusteringOptions {
  maxSpeakers: number;
  /** When the event says how many took part; without it the count is estimated from the voices alone. */
  hint?: SpeakerCountHint;
  /**
   * Below this silhouette a split is not believed and everything is one speaker. Measured on the shared
   * interview fixture: two voices give 0.41 at two clusters, either voice alone 0.15–0.22.
   */
  minSilhouette: number;
  /** Agglomeration is O(n³): beyond this many vectors it runs on an even subsample, then all are assigned. */
  maxAgglomerated: number;
}

export const DEFAULT_SPEAKER_CLUSTERING: SpeakerClusteringOptions = {
  maxSpeakers: 6,
  minSilhouette: 0.3,
  maxAgglomerated: 300,
};

/** The clustering options for an event: the default, narrowed to the participant count where it is known. */
export function clusteringFor(hint: SpeakerCountHint | null): SpeakerClusteringOptions {
  if (!hint || hint.max < 2) return DEFAULT_SPEAKER_CLUSTERING;
  const max = Math.min(hint.max, 12);
  return { ...DEFAULT_SPEAKER_CLUSTERING, maxSpeakers: max, hint: { min: Math.max(2, Math.min(hint.min, max)), max } };
}

export interface SpeakerClusters {
  /** Cluster per vector, 0 … count-1. */
  labels: number[];
  count: number;
  /** Silhouette of the chosen split (0 for one speaker). */
  silhouette: number;
}

/** How many voices, and which vector belongs to which, estimated from the vectors alone. */
export function clusterSpeakers(
  vectors: readonly Float64Array[],
  options: SpeakerClusteringOptions = DEFAULT_SPEAKER_CLUSTERING,
): SpeakerClusters {
  if (vectors.length < 4) return { labels: vectors.map(() => 0), count: vectors.length === 0 ? 0 : 1, silhouette: 0 };
  const z = standardize(vectors);
  const sample = evenSample(z, options.maxAgglomerated);
  // Splits are scored beyond the largest count allowed: a real count shows as a silhouette peak that
  // finer splits do not beat, while one voice only scores higher the finer it is cut (over-fitting).
  const deepest = Math.min(options.maxSpeakers + 2, sample.length - 1);
  const tree = agglomerate(sample, Math.min(deepest + (options.hint ? OUTLIER_ROOM : 0), sample.length - 1));
  // With the event's count, levels are read by their substantial clusters; a free estimate keeps the raw
  // levels, whose over-fitting signal (finer splits scoring higher) it relies on.
  const partitions = options.hint ? partitionsByVoices(sample, tree) : tree;
  const scores = new Map<number, number>();
  for (const [k, labels] of partitions) if (k >= 2 && k <= deepest) scores.set(k, silhouette(sample, labels));
  const best = options.hint ? bestWithin(scores, options.hint) : bestUnhinted(scores, options);
  if (!best) return { labels: z.map(() => 0), count: 1, silhouette: 0 };
  let labels = nearest(z, centroids(sample, partitions.get(best.count) ?? [], best.count));
  // A few k-means steps over all vectors tidy up what the subsampled tree decided.
  for (let step = 0; step < 5; step++) labels = nearest(z, centroids(z, labels, best.count));
  return { ...renumber(labels), silhouette: best.score };
}

/**
 * Average linkage leaves a few odd slices (a cough, a laugh, two voices at once) as clusters of their own
 * long before it separates two similar voices, so a tree level is read by its substantial clusters only:
 * a voice needs at least MIN_VOICE_SHARE of the slices (and 3), the rest join the nearest voice. Measured on
 * the synthesised discussions (npm run eval:speech): without this, 4 voices came out as 3 voices + 1 outlier.
 */
const MIN_VOICE_SHARE = 0.03;
/** How many outlier clusters a level may carry beyond the counts scored. */
const OUTLIER_ROOM = 6;

function partitionsByVoices(sample: readonly Float64Array[], tree: Map<number, number[]>): Map<number, number[]> {
  const minSize = Math.max(3, Math.ceil(MIN_VOICE_SHARE * sample.length));
  const byVoices = new Map<number, number[]>();
  for (const k of [...tree.keys()].sort((a, b) => a - b)) {
    const labels = tree.get(k) ?? [];
    const sizes = new Array<number>(k).fill(0);
    for (const label of labels) sizes[label] = (sizes[label] ?? 0) + 1;
    const voices = sizes.flatMap((size, label) => (size >= minSize ? [label] : []));
    if (voices.length < 2 || byVoices.has(voices.length)) continue;
    const all = centroids(sample, labels, k);
    byVoices.set(
      voices.length,
      nearest(
        sample,
        voices.map((label) => all[label] as Float64Array),
      ),
    );
  }
  return byVoices;
}

/** Free estimate: the silhouette peak, believed only if it is clear and no finer split beats it. */
function bestUnhinted(scores: Map<number, number>, options: SpeakerClusteringOptions): Choice | null {
  let best = { count: 1, score: 0 };
  for (const [k, score] of scores) if (k <= options.maxSpeakers && score > best.score) best = { count: k, score };
  const finer = Math.max(-1, ...[...scores].filter(([k]) => k > best.count).map(([, score]) => score));
  return best.score < options.minSilhouette || finer >= best.score ? null : best;
}

/**
 * With the event's count: the best split inside the range. Several people did speak, so no "one voice"
 * verdict; the silhouette only chooses between the counts the event allows.
 */
function bestWithin(scores: Map<number, number>, hint: SpeakerCountHint): Choice | null {
  let best: Choice | null = null;
  for (const [k, score] of scores) {
    if (k >= hint.min && k <= hint.max && (!best || score > best.score)) best = { count: k, score };
  }
  return best;
}

interface Choice {
  count: number;
  score: number;
}

function evenSample<T>(items: readonly T[], max: number): T[] {
  if (items.length <= max) return [...items];
  return Array.from({ length: max }, (_, i) => items[Math.floor((i * items.length) / max)] as T);
}

/** Labels numbered by first appearance, with empty clusters dropped. */
function renumber(labels: readonly number[]): { labels: number[]; count: number } {
  const order = new Map<number, number>();
  const out = labels.map((label) => {
    const known = order.get(label);
    if (known !== undefined) return known;
    order.set(label, order.size);
    return order.size - 1;
  });
  return { labels: out, count: order.size };
}
