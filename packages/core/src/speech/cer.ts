/**
 * Text as scored for character error rate: NFKC (full-width letters and digits become ASCII), lower
 * case, and without punctuation, symbols or spaces — a recogniser is not judged on 、 versus ，.
 */
export function normalizeForCer(text: string): string[] {
  return [...text.normalize('NFKC').toLowerCase()].filter((c) => /[\p{L}\p{N}]/u.test(c));
}

/** Levenshtein distance between two character sequences, in O(min(n, m)) memory. */
export function editDistance(a: readonly string[], b: readonly string[]): number {
  const [long, short] = a.length >= b.length ? [a, b] : [b, a];
  let previous = Array.from({ length: short.length + 1 }, (_, i) => i);
  for (let i = 1; i <= long.length; i++) {
    const current = [i];
    for (let j = 1; j <= short.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (long[i - 1] === short[j - 1] ? 0 : 1);
      current.push(Math.min(substitution, (previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1));
    }
    previous = current;
  }
  return previous[short.length] ?? 0;
}

export interface CerResult {
  cer: number;
  errors: number;
  referenceLength: number;
}

/** Character error rate over a set of (reference, hypothesis) pairs: total edits / total reference characters. */
export function characterErrorRate(pairs: readonly { reference: string; hypothesis: string }[]): CerResult {
  let errors = 0;
  let referenceLength = 0;
  for (const pair of pairs) {
    const reference = normalizeForCer(pair.reference);
    errors += editDistance(reference, normalizeForCer(pair.hypothesis));
    referenceLength += reference.length;
  }
  return { cer: referenceLength === 0 ? 0 : errors / referenceLength, errors, referenceLength };
}
