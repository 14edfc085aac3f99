import type { Morpheme } from '../morphology';

/** Where and when an episode happened. */
const EPISODE =
  /(時に|ときに|際に|年目|年生|前職で|大学で|以前|去年|昨年|当時|プロジェクト|案件|大会|コンクール|アルバイト|サークル|ゼミ|研究|インターン)/;
const PAST = /(ました|でした|かった|った|た)[。、]|(ました|でした)$/;
/** Written-out quantities, also where the dictionary did not mark the number (漢数字 + counter, digits + unit). */
const QUANTITY =
  /([0-9０-９]+(\.[0-9]+)?|[一二三四五六七八九十百千万両半]+)\s?(%|パーセント|人|名|件|回|年目|年生|年|か月|ヶ月|カ月|日|週間|時間|割|倍|万|千|百|円|ms|秒|分|社|台|個|店舗|位)/g;

/**
 * The concrete details of an answer: quantities (a number with its counter: 三日, 二割, 60人, 2年目), and
 * an episode (a time or a situation told in the past tense). An answer with none tells no example.
 */
export function concreteDetails(text: string, morphemes: readonly Morpheme[]): string[] {
  const details: string[] = [];
  morphemes.forEach((morpheme, index) => {
    if (morpheme.posDetail !== '数') return;
    const next = morphemes[index + 1];
    if (
      next &&
      (next.posDetail === '接尾' ||
        next.posDetail === '助数詞' ||
        /^(つ|人|名|件|回|年|か月|ヶ月|日|割|倍|%)/.test(next.surface))
    ) {
      details.push(`${morpheme.surface}${next.surface}`);
    }
  });
  for (const match of text.matchAll(QUANTITY)) details.push(match[0]);
  const episode = EPISODE.exec(text);
  if (episode && PAST.test(text)) details.push(episode[0]);
  return [...new Set(details)];
}
