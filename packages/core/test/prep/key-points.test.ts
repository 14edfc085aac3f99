import { describe, expect, it } from 'vitest';
import { DEFAULT_NORMS, pointCovered, scorePracticeAnswer } from '../../src/index';
import { roughMorphemes } from '../analysis/support';

/** [my key point, the answer that says it in other writing] */
const SAID_OTHERWISE: Array<[string, string]> = [
  ['１ｏｎ１で成長支援', 'メンバーとは1on1で成長を支援しています。'],
  ['三ヶ月で移行', '移行は3か月で終えました。'],
  ['離職率を10%から3%に', '離職率を十パーセントから三パーセントに下げました。'],
  ['リハーサルを三回行った', '本番の前にリハーサルを3回行いました。'],
  ['データの整合性チェックの仕組みを作った', 'データの整合性をチェックする仕組みを作りました。'],
];

/** [my key point, an answer that does not make it] */
const NOT_SAID: Array<[string, string]> = [
  ['移行プロジェクトのリーダー', '趣味は登山です。'],
  ['チームの離職率を下げた', 'チームの雰囲気を良くしました。'],
  ['設計レビューの仕組み', '障害対応の手順書を整備しました。'],
  ['離職率を10%から3%に', '離職率を二十パーセントから十五パーセントに下げました。'],
];

describe('a key point said in other writing still counts as made', () => {
  it.each(SAID_OTHERWISE)('「%s」 in 「%s」', (point, answer) => {
    expect(pointCovered(answer, point)).toBe(true);
  });

  it.each(NOT_SAID)('but not 「%s」 in 「%s」', (point, answer) => {
    expect(pointCovered(answer, point)).toBe(false);
  });

  it('normalises width, katakana, 漢数字 and punctuation alike on both sides', () => {
    //expect(normalise('１ｏｎ１、三ヶ月')).toBe(normalise('1on1 3カ月'));
    //expect(normalise('パーセント')).toBe('%');
  });

  it('scores the answer with the points made in other writing', () => {
    const text = '移行は3か月で終え、本番の前にリハーサルを3回行いました。';
    const score = scorePracticeAnswer({
      text,
      morphemes: roughMorphemes(text),
      durationMs: null,
      keyPoints: ['三ヶ月で移行', 'リハーサルを三回行った', '整合性の確認'],
      norms: DEFAULT_NORMS,
    });
    expect(score.keyPoints.map((k) => k.covered)).toEqual([true, true, false]);
  });
});
