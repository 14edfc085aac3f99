import { describe, expect, it } from 'vitest';
import { clusteringFor, clusterSpeakers, speakerCountHint } from '../../src/index';
import { standardize } from '../../src/speech/clustering';
import { eigengapSpeakerCount } from '../../src/speech/eigengap-count';

/** A seeded cloud of voice-like vectors around a centre (deterministic: no flaky clustering tests). */
function cloud(centre: readonly number[], count: number, spread: number, seed: number): Float64Array[] {
  let state = seed;
  const next = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648 - 0.5;
  };
  return Array.from({ length: count }, () => Float64Array.from(centre, (x) => x + spread * next()));
}

const DIMS = 12;
const axis = (i: number, value = 1) => Array.from({ length: DIMS }, (_, d) => (d === i ? value : 0.1));

/** Four voices, two of them close (as two low male voices are), and two odd slices (a cough, a laugh). */
function fourVoicesAndOutliers(): { vectors: Float64Array[]; truth: number[] } {
  const voices = [axis(0), axis(1), axis(2), axis(2, 0.6).map((x, d) => (d === 3 ? 0.8 : x))];
  const vectors: Float64Array[] = [];
  const truth: number[] = [];
  voices.forEach((centre, v) => {
    for (const vector of cloud(centre, 30, 0.25, 7 + v)) {
      vectors.push(vector);
      truth.push(v);
    }
  });
  vectors.push(Float64Array.from(axis(5, 3)), Float64Array.from(axis(7, -3)));
  truth.push(-1, -1);
  return { vectors, truth };
}

describe('speaker count from the voices alone (no participants listed)', () => {
  it('finds four voices, two of them close, where the silhouette peak merged the close pair', () => {
    const { vectors, truth } = fourVoicesAndOutliers();
    expect(eigengapSpeakerCount(standardize(vectors), 6)).toBe(4);
    const result = clusterSpeakers(vectors);
    expect(result.count).toBe(4);
    const closePair = [2, 3].map((voice) => result.labels[truth.indexOf(voice)]);
    expect(closePair[0]).not.toBe(closePair[1]);
  });

  it('finds 2, 3 and 5 well-separated voices, and one voice as one', () => {
    for (const count of [2, 3, 5]) {
      // Voices that differ in every dimension (as real voices differ in every cepstral coefficient).
      const centres = cloud(new Array<number>(DIMS).fill(0), count, 4, 60 + count);
      const vectors = centres.flatMap((centre, v) => cloud([...centre], 25, 0.5, 40 + v));
      expect(eigengapSpeakerCount(standardize(vectors), 6)).toBe(count);
      expect(clusterSpeakers(vectors).count).toBe(count);
    }
    expect(clusterSpeakers(cloud(axis(0), 60, 0.5, 90)).count).toBe(1);
  });
});

describe('speaker count from the event', () => {
  it('counts the user once, whether or not they listed themselves', () => {
    expect(speakerCountHint([])).toBeNull();
    const others = [
      { name: '佐藤 一郎', role: '' },
      { name: '', role: '学生B' },
      { name: 'Speaker 3', role: '' },
    ];
    expect(speakerCountHint(others)).toEqual({ min: 4, max: 4 });
    expect(speakerCountHint([...others, { name: '自分', role: '' }])).toEqual({ min: 4, max: 4 });
    expect(
      speakerCountHint([
        { name: '山田', role: 'me' },
        { name: '田中', role: '面接官' },
      ]),
    ).toEqual({ min: 2, max: 2 });
  });

  it('finds the four voices the event announces, odd slices joining the nearest voice', () => {
    const { vectors, truth } = fourVoicesAndOutliers();
    const result = clusterSpeakers(vectors, clusteringFor({ min: 4, max: 4 }));
    expect(result.count).toBe(4);
    // Every true voice maps to exactly one cluster, and no two voices share one.
    const clusterOf = new Map<number, Set<number>>();
    truth.forEach((voice, i) => {
      if (voice < 0) return;
      const set = clusterOf.get(voice) ?? new Set<number>();
      set.add(result.labels[i] ?? -1);
      clusterOf.set(voice, set);
    });
    expect([...clusterOf.values()].map((set) => set.size)).toEqual([1, 1, 1, 1]);
    expect(new Set([...clusterOf.values()].map((set) => [...set][0])).size).toBe(4);
  });

  it('keeps the estimate free without a hint, and never more voices than the hint allows', () => {
    const { vectors } = fourVoicesAndOutliers();
    expect(clusterSpeakers(vectors, clusteringFor({ min: 3, max: 3 })).count).toBe(3);
    expect(clusterSpeakers(vectors, clusteringFor({ min: 4, max: 4 })).count).toBe(4);
    expect(clusteringFor(null).hint).toBeUndefined();
    expect(clusteringFor({ min: 1, max: 1 }).hint).toBeUndefined();
  });
});
