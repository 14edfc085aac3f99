import type { Morpheme } from '../analysis/morphology';

/** What a masked name becomes: the same placeholder everywhere, so nothing about the name (length, kind) leaks. */
export const NAME_MASK = '〇〇';

interface Range {
  start: number;
  end: number;
}

/**
 * Hides proper nouns (IPADIC 名詞・固有名詞: people, organisations, places) and every name the user listed.
 * Neighbouring hidden words become one mask, so 「山田 太郎」 does not turn into two masks that count names.
 * Masking errs on the side of hiding: an extra 〇〇 costs readability, a missed name costs privacy.
 */
export function maskNames(text: string, morphemes: readonly Morpheme[], names: readonly string[]): string {
  const ranges = [...properNounRanges(morphemes), ...listedNameRanges(text, names)];
  if (ranges.length === 0) return text;
  let masked = '';
  let cursor = 0;
  for (const range of mergeRanges(ranges, text)) {
    masked += text.slice(cursor, range.start) + NAME_MASK;
    cursor = range.end;
  }
  return masked + text.slice(cursor);
}

function properNounRanges(morphemes: readonly Morpheme[]): Range[] {
  return morphemes
    .filter((morpheme) => morpheme.pos === '名詞' && morpheme.posDetail === '固有名詞')
    .map((morpheme) => ({ start: morpheme.start, end: morpheme.start + morpheme.surface.length }));
}

function listedNameRanges(text: string, names: readonly string[]): Range[] {
  const ranges: Range[] = [];
  const haystack = text.normalize('NFKC').toLowerCase();
  // NFKC can change lengths (half-width kana); only search the normalised text when it kept them.
  const comparable = haystack.length === text.length ? haystack : text;
  for (const name of names) {
    const needle = (comparable === haystack ? name.normalize('NFKC').toLowerCase() : name).trim();
    if (needle.length === 0) continue;
    for (let at = comparable.indexOf(needle); at >= 0; at = comparable.indexOf(needle, at + needle.length)) {
      ranges.push({ start: at, end: at + needle.length });
    }
  }
  return ranges;
}

/** Sorted, with overlapping ranges and ranges separated only by spaces or a middle dot joined. */
function mergeRanges(ranges: Range[], text: string): Range[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const merged: Range[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && (range.start <= last.end || /^[\s・　]*$/u.test(text.slice(last.end, range.start)))) {
      last.end = Math.max(last.end, range.end);
    } else {
      merged.push({ ...range });
    }
  }
  return merged;
}
