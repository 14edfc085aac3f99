import type { Morpheme } from '../analysis/morphology';
import { parseJapaneseNumber } from './japanese-numbers';

/**
 * Whether a practice answer made one of my key points, said in other words than I wrote them: 「３ヶ月」 and
 * 「三か月」, 「行った」 and 「おこないました」, 「支援する」 and 「支援しました」. Both texts are compared in up to three
 * forms — the written one normalised (width, katakana, 漢数字, punctuation), and, where kuromoji's morphemes are
 * at hand, the dictionary forms (inflection) and the kana readings (kanji or kana) — each by the share of the
 * point's character bigrams found in a stretch of the answer about twice its length.
 */
export interface KeyPointText {
  text: string;
  /** kuromoji's morphemes of `text` (the server's tokenizer); without them only the written form is compared. */
  morphemes?: readonly Morpheme[] | undefined;
}

/** The share of a point's bigrams an answer has to say for the point to count as made. */
export const KEY_POINT_THRESHOLD = 0.6;

export function keyPointMade(answer: KeyPointText, point: KeyPointText): boolean {
  if (normalise(point.text) === '') return false;
  // A figure is the point's substance: 「10%から3%に」 is not made by 「20%から15%に」, however alike the words.
  const said = new Set(numbersOf(normalise(answer.text)));
  if (!numbersOf(normalise(point.text)).every((number) => said.has(number))) return false;
  const pairs: Array<[string, string]> = [[normalise(answer.text), normalise(point.text)]];
  if (answer.morphemes && point.morphemes && point.morphemes.length > 0) {
    pairs.push([normalise(baseForms(answer.morphemes)), normalise(baseForms(point.morphemes))]);
    pairs.push([normalise(readings(answer.morphemes)), normalise(readings(point.morphemes))]);
  }
  return pairs.some(([said, meant]) => said.includes(meant) || bestContainment(said, meant) >= KEY_POINT_THRESHOLD);
}

/** Width (NFKC), katakana → hiragana, 漢数字 → digits, ヶ月/カ月 → か月, パーセント → %, no punctuation or spaces. */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[ァ-ヶ]/g, (kana) => (/[ヵヶ]/.test(kana) ? kana : String.fromCharCode(kana.charCodeAt(0) - 0x60)))
    .replace(/[ヵヶけ](?=月)/g, 'か')
    .replace(/ぱーせんと/g, '%')
    .replace(/[一二三四五六七八九十百千万〇]+/g, (kanji) => String(parseJapaneseNumber(kanji) ?? kanji))
    .replace(/[\s、。，．,.・「」『』（）()！？!?:：;；…ー-]/g, '');
}

/** The dictionary form of each word: 「支援しました」 → 「支援するますた」, as a point is usually written. */
function baseForms(morphemes: readonly Morpheme[]): string {
  return morphemes.map((m) => (m.basicForm && m.basicForm !== '*' ? m.basicForm : m.surface)).join('');
}

/** The kana reading of each word (its surface where the dictionary has none: digits, Latin). */
function readings(morphemes: readonly Morpheme[]): string {
  return morphemes.map((m) => m.reading ?? m.surface).join('');
}

function numbersOf(text: string): string[] {
  return text.match(/[0-9]+(?:\.[0-9]+)?/g) ?? [];
}

function bigramsOf(text: string): string[] {
  const grams: string[] = [];
  for (let i = 0; i + 1 < text.length; i += 1) grams.push(text.slice(i, i + 2));
  return grams;
}

/** The best share of the point's bigrams found in one stretch of the answer (not scattered across all of it). */
function bestContainment(answer: string, point: string): number {
  const wanted = bigramsOf(point);
  if (wanted.length === 0) return 0;
  const window = Math.max(point.length * 2, 12);
  const step = Math.max(1, Math.floor(point.length / 2));
  let best = 0;
  for (let start = 0; start === 0 || start < answer.length - point.length + step; start += step) {
    const have = new Set(bigramsOf(answer.slice(start, start + window)));
    best = Math.max(best, wanted.filter((gram) => have.has(gram)).length / wanted.length);
    if (start + window >= answer.length) break;
  }
  return best;
}
