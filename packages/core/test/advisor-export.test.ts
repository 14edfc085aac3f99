import { describe, expect, it } from 'vitest';
import { type Morpheme, maskNames, NAME_MASK } from '../src/index';

function noun(surface: string, start: number, posDetail = '固有名詞'): Morpheme {
  return { surface, pos: '名詞', posDetail, basicForm: surface, reading: null, start };
}

describe('name masking for the advisor export', () => {
  it('hides proper nouns from the analyser, joining neighbours into one mask', () => {
    const text = '面接官の山田 太郎さんに、大阪の話をしました。';
    const masked = maskNames(text, [noun('山田', 4), noun('太郎', 7), noun('大阪', 13), noun('話', 16, '一般')], []);
    expect(masked).toBe(`面接官の${NAME_MASK}さんに、${NAME_MASK}の話をしました。`);
  });

  it('hides every occurrence of a listed name, even when the analyser missed it, ignoring width and case', () => {
    const text = 'サンプル社ではＳａａＳを作っています。サンプルの皆さん、saas が好きです。';
    expect(maskNames(text, [], ['サンプル', 'SaaS'])).toBe(
      `${NAME_MASK}社では${NAME_MASK}を作っています。${NAME_MASK}の皆さん、${NAME_MASK} が好きです。`,
    );
  });

  it('leaves text without names untouched and ignores empty list entries', () => {
    const text = '学生時代に頑張ったことは部活動です。';
    expect(maskNames(text, [noun('部活動', 12, '一般')], ['', '  '])).toBe(text);
  });

  it('merges overlapping listed names and proper nouns into one mask', () => {
    const text = '株式会社サンプル商事の佐藤です。';
    expect(maskNames(text, [noun('サンプル', 4), noun('佐藤', 11)], ['株式会社サンプル商事'])).toBe(
      `${NAME_MASK}の${NAME_MASK}です。`,
    );
  });
});
