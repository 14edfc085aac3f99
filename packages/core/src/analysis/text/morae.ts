import type { Morpheme } from '../morphology';

/** Small kana join the kana before them into one mora (キャ, ティ); ッ, ン and ー are morae of their own. */
const SMALL_KANA = /[ャュョァィゥェォヮ]/g;

export function moraeOfReading(reading: string): number {
  const kana = reading.replace(/[^\u30A0-\u30FF]/g, '');
  return kana.length - (kana.match(SMALL_KANA) ?? []).length;
}

/**
 * Morae of what was said, from kuromoji's katakana readings. Words outside the dictionary have no reading:
 * Latin words are estimated from their vowel groups and digits as two morae each (an approximation,
 * so `estimated` tells how many characters went that way).
 */
export function countMorae(morphemes: readonly Morpheme[]): { morae: number; estimatedChars: number } {
  let morae = 0;
  let estimatedChars = 0;
  for (const morpheme of morphemes) {
    if (morpheme.pos === '記号') continue;
    if (morpheme.reading && /[\u30A0-\u30FF]/.test(morpheme.reading)) {
      morae += moraeOfReading(morpheme.reading);
      continue;
    }
    const surface = morpheme.surface;
    if (/^[\u3041-\u30FF]+$/.test(surface)) {
      // A kana word the dictionary does not know (アプリ) is read as written.
      morae += moraeOfReading(
        surface.replace(/[\u3041-\u3096]/g, (kana) => String.fromCharCode(kana.charCodeAt(0) + 0x60)),
      );
      continue;
    }
    if (/^[A-Za-z]+$/.test(surface)) {
      morae += Math.max(1, (surface.toLowerCase().match(/[aeiouy]+/g) ?? []).length);
      estimatedChars += surface.length;
    } else if (/^[0-9０-９]+$/.test(surface)) {
      morae += surface.length * 2;
      estimatedChars += surface.length;
    }
  }
  return { morae, estimatedChars };
}
