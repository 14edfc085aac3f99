import { clusterSpeakers, DEFAULT_SPEAKER_CLUSTERING, type SpeakerClusteringOptions } from './speaker-clustering';

/** A stretch the detector called speech, on one channel of the recording. */
export interface DetectedSegment {
  channel: number;
  startMs: number;
  endMs: number;
}

/** A piece (~1.5 s) of a detected segment with its voice vector. */
export interface VoiceSlice {
  /** Index into the detected segments. */
  segment: number;
  startMs: number;
  endMs: number;
  vector: Float64Array;
}

/** A stretch of one speaker: a detected segment, or the part of one where the voice changed. */
export interface SpeakerRun {
  channel: number;
  startMs: number;
  endMs: number;
  /** Cluster number, 0 … count-1. */
  cluster: number;
}

export interface Diarized {
  runs: SpeakerRun[];
  count: number;
  /** Voice vectors per cluster, averaged: the voiceprint match and the UI's "who is this" use them. */
  slicesByCluster: Float64Array[][];
}

/** Slices for voice vectors: segments cut into near-equal pieces of about `sliceMs`. */
export function planSlices(segments: readonly DetectedSegment[], sliceMs: number): Omit<VoiceSlice, 'vector'>[] {
  return segments.flatMap((segment, index) => {
    const length = segment.endMs - segment.startMs;
    const pieces = Math.max(1, Math.round(length / sliceMs));
    return Array.from({ length: pieces }, (_, k) => ({
      segment: index,
      startMs: segment.startMs + Math.floor((length * k) / pieces),
      endMs: segment.startMs + Math.floor((length * (k + 1)) / pieces),
    }));
  });
}

/**
 * The model-free diarization: cluster the slices' voices, then smooth — a run of one slice inside a
 * segment takes its neighbours' speaker (a 1.5 s flicker is noise far more often than a turn without a
 * pause), and a segment without any vector (too short) takes the speaker of the nearest segment in time.
 */
export function diarizeSlices(
  segments: readonly DetectedSegment[],
  slices: readonly VoiceSlice[],
  options: SpeakerClusteringOptions = DEFAULT_SPEAKER_CLUSTERING,
): Diarized {
  const clusters = clusterSpeakers(
    slices.map((s) => s.vector),
    options,
  );
  const count = Math.max(1, clusters.count);
  const slicesByCluster: Float64Array[][] = Array.from({ length: count }, () => []);
  slices.forEach((slice, i) => {
    slicesByCluster[clusters.labels[i] ?? 0]?.push(slice.vector);
  });
  const bySegment = new Map<number, { slice: VoiceSlice; cluster: number }[]>();
  slices.forEach((slice, i) => {
    const list = bySegment.get(slice.segment) ?? [];
    list.push({ slice, cluster: clusters.labels[i] ?? 0 });
    bySegment.set(slice.segment, list);
  });
  const runs: SpeakerRun[] = [];
  segments.forEach((segment, index) => {
    const labelled = bySegment.get(index);
    if (!labelled || labelled.length === 0) {
      runs.push({ ...segment, cluster: nearestLabelled(segments, bySegment, index) });
      return;
    }
    const smoothed = absorbSingles(labelled.map((l) => l.cluster));
    smoothed.forEach((cluster, k) => {
      const last = runs[runs.length - 1];
      const startMs = k === 0 ? segment.startMs : (labelled[k]?.slice.startMs ?? segment.startMs);
      const endMs = k === smoothed.length - 1 ? segment.endMs : (labelled[k]?.slice.endMs ?? segment.endMs);
      if (k > 0 && last && last.cluster === cluster) last.endMs = endMs;
      else runs.push({ channel: segment.channel, startMs, endMs, cluster });
    });
  });
  return { runs, count, slicesByCluster };
}

/** Replaces every run of length one by its left neighbour (or right, at the start). */
export function absorbSingles(labels: readonly number[]): number[] {
  const out = [...labels];
  for (let i = 0; i < out.length; i++) {
    const before = out[i - 1];
    const after = labels[i + 1];
    const isolated = (before === undefined || before !== out[i]) && (after === undefined || after !== out[i]);
    if (isolated && out.length > 1) out[i] = before ?? after ?? out[i] ?? 0;
  }
  return out;
}

function nearestLabelled(
  segments: readonly DetectedSegment[],
  bySegment: Map<number, { cluster: number }[]>,
  index: number,
): number {
  const self = segments[index];
  let best = { distance: Number.POSITIVE_INFINITY, cluster: 0 };
  bySegment.forEach((labelled, other) => {
    const segment = segments[other];
    if (!self || !segment || segment.channel !== self.channel) return;
    const distance = Math.max(segment.startMs - self.endMs, self.startMs - segment.endMs);
    const cluster = labelled[0]?.cluster ?? 0;
    if (distance < best.distance) best = { distance, cluster };
  });
  return best.cluster;
}
