/**
 * Eigenvalues of a real symmetric matrix, ascending: Householder reduction to tridiagonal form, then the
 * implicit QL iteration with Wilkinson shifts (the classic pair, Golub & Van Loan, "Matrix Computations",
 * §8.3; Numerical Recipes' tred2/tqli without the eigenvectors). O(n³) for the reduction, O(n²) after it:
 * ~4/3·n³ flops, a few milliseconds for the 300 × 300 graphs the speaker count is read from.
 */
export function symmetricEigenvalues(matrix: readonly Float64Array[]): Float64Array {
  const n = matrix.length;
  const a = matrix.map((row) => Float64Array.from(row));
  const diagonal = new Float64Array(n);
  const off = new Float64Array(n);
  tridiagonalise(a, diagonal, off);
  tridiagonalEigenvalues(diagonal, off);
  return diagonal.sort();
}

/** Householder reduction: `diagonal` and `off` (off[i] couples i-1 and i) hold the tridiagonal form. */
function tridiagonalise(a: Float64Array[], diagonal: Float64Array, off: Float64Array): void {
  const n = a.length;
  for (let i = n - 1; i > 0; i--) {
    const row = a[i] as Float64Array;
    const l = i - 1;
    let h = 0;
    if (l > 0) {
      let scale = 0;
      for (let k = 0; k <= l; k++) scale += Math.abs(row[k] as number);
      if (scale === 0) {
        off[i] = row[l] as number;
      } else {
        for (let k = 0; k <= l; k++) {
          row[k] = (row[k] as number) / scale;
          h += (row[k] as number) ** 2;
        }
        const f = row[l] as number;
        const g = f >= 0 ? -Math.sqrt(h) : Math.sqrt(h);
        off[i] = scale * g;
        h -= f * g;
        row[l] = f - g;
        // p = A·u / h, then K = uᵀp / 2h, q = p − K·u, and A ← A − q·uᵀ − u·qᵀ (lower triangle only).
        // A·u from the lower triangle, row by row (each stored a[j][k], k < j, serves both (j, k) and (k, j)).
        off.fill(0, 0, l + 1);
        for (let j = 0; j <= l; j++) {
          const aj = a[j] as Float64Array;
          const uj = row[j] as number;
          let gj = (aj[j] as number) * uj;
          for (let k = 0; k < j; k++) {
            const ajk = aj[k] as number;
            gj += ajk * (row[k] as number);
            off[k] = (off[k] as number) + ajk * uj;
          }
          off[j] = (off[j] as number) + gj;
        }
        let uTp = 0;
        for (let j = 0; j <= l; j++) {
          off[j] = (off[j] as number) / h;
          uTp += (off[j] as number) * (row[j] as number);
        }
        const hh = uTp / (h + h);
        for (let j = 0; j <= l; j++) {
          const fj = row[j] as number;
          const gj = (off[j] as number) - hh * fj;
          off[j] = gj;
          const aj = a[j] as Float64Array;
          for (let k = 0; k <= j; k++) aj[k] = (aj[k] as number) - (fj * (off[k] as number) + gj * (row[k] as number));
        }
      }
    } else {
      off[i] = row[l] as number;
    }
    diagonal[i] = h;
  }
  off[0] = 0;
  for (let i = 0; i < n; i++) diagonal[i] = (a[i] as Float64Array)[i] as number;
}

/** Implicit QL on the tridiagonal form; the eigenvalues replace `diagonal` (unsorted). */
function tridiagonalEigenvalues(d: Float64Array, e: Float64Array): void {
  const n = d.length;
  for (let i = 1; i < n; i++) e[i - 1] = e[i] as number;
  if (n > 0) e[n - 1] = 0;
  for (let l = 0; l < n; l++) {
    for (let iteration = 0; ; iteration++) {
      let m = l;
      for (; m < n - 1; m++) {
        const dd = Math.abs(d[m] as number) + Math.abs(d[m + 1] as number);
        if (Math.abs(e[m] as number) <= Number.EPSILON * dd) break;
      }
      if (m === l) break;
      if (iteration === 60) throw new Error('symmetricEigenvalues: no convergence');
      let g = ((d[l + 1] as number) - (d[l] as number)) / (2 * (e[l] as number));
      let r = Math.hypot(g, 1);
      g = (d[m] as number) - (d[l] as number) + (e[l] as number) / (g + (g >= 0 ? r : -r));
      let s = 1;
      let c = 1;
      let p = 0;
      let i = m - 1;
      for (; i >= l; i--) {
        let f = s * (e[i] as number);
        const b = c * (e[i] as number);
        r = Math.hypot(f, g);
        e[i + 1] = r;
        if (r === 0) {
          d[i + 1] = (d[i + 1] as number) - p;
          e[m] = 0;
          break;
        }
        s = f / r;
        c = g / r;
        g = (d[i + 1] as number) - p;
        r = ((d[i] as number) - g) * s + 2 * c * b;
        p = s * r;
        d[i + 1] = g + p;
        g = c * r - b;
        f = 0;
      }
      if (r === 0 && i >= l) continue;
      d[l] = (d[l] as number) - p;
      e[l] = g;
      e[m] = 0;
    }
  }
}
