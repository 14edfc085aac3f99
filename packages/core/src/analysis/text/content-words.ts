import type { Morpheme } from '../morphology';

/** Words too common in interviews to show what a sentence is about. */
const STOPWORDS = new Set([
  'こと',
  'もの',
  'よう',
  'ところ',
  'ため',
  '方',
  '時',
  'とき',
  '今',
  '前',
  '後',
  '中',
  '私',
  '自分',
  '僕',
  'さん',
  '様',
  '御社',
  '貴社',
  '弊社',
  '当社',
  'うち',
  '会社',
  '仕事',
  '経験',
  '話',
  '感じ',
  'する',
  'いる',
  'ある',
  'なる',
  'できる',
  '思う',
  '考える',
  '言う',
  'いう',
  'おる',
  'いただく',
  'くださる',
  '伺う',
  'れる',
  'られる',
  'せる',
  'ござる',
  'いたす',
  'ます',
  'です',
  'ない',
  'いい',
  'よい',
  '何',
  'どう',
  'どの',
  'どんな',
  'ちなみに',
  'それ',
  'これ',
  'あれ',
  'そう',
  'はい',
  'ええ',
  'ありがとう',
  '最後',
  '最初',
  'まず',
  '具体',
  '以上',
  '場合',
  '結果',
  '部分',
  '情報',
  '状況',
  '影響',
  '理由',
  '一番',
  '今回',
  '以前',
  '最近',
  '本日',
  '的',
  '方々',
  '皆さん',
  '大学',
  '学生',
]);

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

const ENGLISH_STOPWORDS = new Set([
  'that',
  'this',
  'with',
  'from',
  'your',
  'have',
  'what',
  'about',
  'would',
  'could',
  'there',
  'their',
  'they',
  'when',
  'where',
  'which',
  'will',
  'been',
  'were',
  'into',
  'time',
  'like',
  'some',
  'more',
  'very',
  'just',
]);

/** Nouns that go with する and say little on their own (対応する, 担当する). */
const GENERIC_SAHEN = new Set([
  '対応',
  '担当',
  '説明',
  '質問',
  '面接',
  '紹介',
  '関係',
  '必要',
  '確認',
  '判断',
  '利用',
  '使用',
  '仕事',
  '勉強',
  '参加',
  '実施',
]);

/** Words of `a` that also appear in `b` (each once). */
export function sharedWords(a: readonly string[], b: readonly string[]): string[] {
  const other = new Set(b);
  return [...new Set(a)].filter((word) => other.has(word));
}

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
