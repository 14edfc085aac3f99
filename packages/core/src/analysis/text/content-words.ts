import type { Morpheme } from '../morphology';
import { ENGLISH_STOPWORDS, GENERIC_SAHEN, STOPWORDS } from './stopwords';

/**
 * Content words of a text's morphemes — nouns, numbers with their counter (五件), longer English words —
 * what lexical overlap between a question and an answer is computed on. Verbs are left out: 思う, 対応する
 * and their like are shared by unrelated sentences.
 */
export function contentWords(morphemes: readonly Morpheme[]): string[] {
  const words: string[] = [];
  morphemes.forEach((morpheme, index) => {
    const base = morpheme.basicForm && morpheme.basicForm !== '*' ? morpheme.basicForm : morpheme.surface;
    if (morpheme.posDetail === '数') {
      // A number with its counter (五件, 二割, 一位) is a detail worth matching; a bare digit is not.
      const next = morphemes[index + 1];
      if (next?.posDetail === '接尾') words.push(`${numberRun(morphemes, index)}${next.surface}`);
      return;
    }
    const next = morphemes[index + 1];
    if (morpheme.pos === '動詞' && next?.pos === '名詞' && next.posDetail === '接尾') {
      // A verb stem with a noun suffix is a compound noun the dictionary split: 振り返り会, 飲み会.
      words.push(`${morpheme.surface}${next.surface}`);
      return;
    }
    if (STOPWORDS.has(base)) return;
    if (/^[A-Za-z]+$/.test(base)) {
      if (base.length >= 4 && !ENGLISH_STOPWORDS.has(base.toLowerCase())) words.push(base.toLowerCase());
      return;
    }
    if (morpheme.pos !== '名詞' || GENERIC_SAHEN.has(base)) return;
    if (['非自立', '代名詞', '接尾', '副詞可能'].includes(morpheme.posDetail)) return;
    if (base.length < 2 && !/[\u4e00-\u9fff]/.test(base)) return;
    words.push(base);
  });
  return words;
}

/** Digits of a number the dictionary split (二 〇 三 〇) joined back together, ending at `index`. */
function numberRun(morphemes: readonly Morpheme[], index: number): string {
  let start = index;
  while (start > 0 && morphemes[start - 1]?.posDetail === '数') start -= 1;
  return morphemes
    .slice(start, index + 1)
    .map((morpheme) => morpheme.surface)
    .join('');
}

/** Words of `a` that also appear in `b` (each once). */
export function sharedWords(a: readonly string[], b: readonly string[]): string[] {
  const other = new Set(b);
  return [...new Set(a)].filter((word) => other.has(word));
}
