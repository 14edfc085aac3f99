/** Character-bigram cosine similarity: robust to inflection and to words the dictionary splits oddly. */
export function bigramSimilarity(a: string, b: string): number {
  const left = bigrams(a);
  const right = bigrams(b);
  let dot = 0;
  for (const [gram, count] of left) dot += count * (right.get(gram) ?? 0);
  const norm = Math.sqrt(sumSquares(left) * sumSquares(right));
  return norm === 0 ? 0 : dot / norm;
}

function bigrams(text: string): Map<string, number> {
  const clean = text.replace(/[\s、。，．,.？！?!「」]/g, '');
  const grams = new Map<string, number>();
  for (let i = 0; i + 1 < clean.length; i += 1) {
    const gram = clean.slice(i, i + 2);
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}

function sumSquares(grams: Map<string, number>): number {
  let sum = 0;
  for (const count of grams.values()) sum += count * count;
  return sum;
}
