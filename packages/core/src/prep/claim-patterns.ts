import { NOUN_PHRASE } from './prep-text';
import type { ClaimKind } from './types';

/**
 * What counts as a claim about me, by the words that carry it. Projects end in the nouns that name an
 * undertaking in 職務経歴 and ガクチカ (プロジェクト, 移行, 導入, 開発, 研究, サークル…); numbers carry a counter
 * (三ヶ月, 半年, 一年半, 三十分, 五名, 二割); roles name a position or a responsibility; motivations and plans are wishes (〜たい) and
 * the future (将来, 入社後, 〜年後); strengths and weaknesses are named by 強み/長所 and 弱み/短所.
 */
export const CLAIM_PATTERNS: ReadonlyArray<{ kind: ClaimKind; pattern: RegExp }> = [
  {
    kind: 'project',
    pattern: new RegExp(
      `${NOUN_PHRASE}(?:プロジェクト|移行|導入|開発|構築|立ち上げ|刷新|リプレイス|研究|活動|運営|アルバイト|インターン|サークル|部活動?|イベント|改善)`,
      'g',
    ),
  },
  {
    kind: 'number',
    pattern:
      /(?:[0-9０-９]+(?:\.[0-9]+)?|[一二三四五六七八九十百千万]+)(?:名|人|ヶ月|か月|カ月|ヵ月|ケ月|年半|年間|年|件|割|倍|日|週間|時間|分|回|%|％|万円|円|社)|半年間?|半月/g,
  },
  {
    kind: 'role',
    pattern:
      /[^、。]{0,20}(?:リーダー|責任者|まとめ役|相談役|取りまとめ|主導し|任され|担当し|担当して|マネージャー|PM)[^、。]{0,6}/g,
  },
  { kind: 'motivation', pattern: /[^、。]{2,40}?(?:したい|たい)(?=と|です|。|、|$|気持ち)/g },
  { kind: 'plan', pattern: /[^、。]*(?:将来|入社後|年後|ゆくゆく|目指し)[^、。]*/g },
  { kind: 'strength', pattern: /(?:強み|長所)は[、]?([^、。]{2,30}?)(?:だと|です|ことです|と考え|。|$)/g },
  { kind: 'weakness', pattern: /(?:弱み|短所)は[、]?([^、。]{2,30}?)(?:ところ|ことです|です|点|。|$)/g },
];

/** Wishes that are politeness, not motivation (ありがたい, お願いしたい, 伺いたい…). */
export const NOT_A_MOTIVATION = /ありがた|お願いしたい|伺いたい|お聞きしたい|質問したい|申し上げたい|確認したい/;
