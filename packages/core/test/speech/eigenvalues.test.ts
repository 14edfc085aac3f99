import { describe, expect, it } from 'vitest';
import { symmetricEigenvalues } from '../../src/speech/eigenvalues';

/** The Laplacian of a path of n nodes: its eigenvalues are 2 − 2cos(πk/n), k = 0 … n−1. */
function pathLaplacian(n: number): Float64Array[] {
  return Array.from({ length: n }, (_, i) =>
    Float64Array.from({ length: n }, (_, j) => {
      if (i === j) return i === 0 || i === n - 1 ? 1 : 2;
      return Math.abs(i - j) === 1 ? -1 : 0;
    }),
  );
}

function seededSymmetric(n: number, seed: number): Float64Array[] {
  let state = seed;
  const next = () => {
    state = (state * 16_807) % 2_147_483_647;
    return state / 2_147_483_647 - 0.5;
  };
  const m = Array.from({ length: n }, () => new Float64Array(n));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      const value = next();
      (m[i] as Float64Array)[j] = value;
      (m[j] as Float64Array)[i] = value;
    }
  }
  return m;
}

describe('eigenvalues of a symmetric matrix', () => {
  it('gives the known spectrum of a path graph, ascending', () => {
    for (const n of [2, 3, 7, 40]) {
      const values = symmetricEigenvalues(pathLaplacian(n));
      expect(values).toHaveLength(n);
      values.forEach((value, k) => {
        expect(value).toBeCloseTo(2 - 2 * Math.cos((Math.PI * k) / n), 9);
      });
    }
  });

  it('gives a complete graph on n nodes the eigenvalues 0 and n (n − 1 times), and a 1 × 1 matrix its entry', () => {
    const n = 12;
    const complete = Array.from({ length: n }, (_, i) =>
      Float64Array.from({ length: n }, (_, j) => (i === j ? n - 1 : -1)),
    );
    const values = symmetricEigenvalues(complete);
    expect(values[0]).toBeCloseTo(0, 9);
    for (const value of values.subarray(1)) expect(value).toBeCloseTo(n, 9);
    expect([...symmetricEigenvalues([Float64Array.of(-3.5)])]).toEqual([-3.5]);
  });

  it('keeps the trace and the sum of squares of a random symmetric matrix (all eigenvalues right)', () => {
    const m = seededSymmetric(120, 11);
    const values = symmetricEigenvalues(m);
    let trace = 0;
    let squares = 0;
    m.forEach((row, i) => {
      trace += row[i] as number;
      for (const x of row) squares += x * x;
    });
    expect(values.reduce((a, b) => a + b, 0)).toBeCloseTo(trace, 8);
    expect(values.reduce((a, b) => a + b * b, 0)).toBeCloseTo(squares, 8);
    for (let k = 1; k < values.length; k++) expect(values[k]).toBeGreaterThanOrEqual(values[k - 1] as number);
  });
});
