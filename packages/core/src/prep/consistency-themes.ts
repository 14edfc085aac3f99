/**
 * Themes of what I want and why I leave, for telling whether two answers say the same thing about me.
 * The reasons for changing jobs follow the categories of the large surveys of job changers (doda
 * 「転職理由ランキング」, マイナビ転職動向調査: 給与, 労働時間, 人間関係, 仕事内容, 成長・スキル, 会社の将来性, 評価,
 * 家庭の事情); the motivations add the oppositions interviewers test in 価値観 questions (スペシャリスト vs
 * マネジメント, 安定 vs 挑戦, 上流 vs 運用).
 */
export const REASON_THEMES: Readonly<Record<string, RegExp>> = {
  upstream: /設計|上流|企画|何を作る|要件|課題の発見|ユーザーに近い/,
  growth: /成長|スキル|技術力|新しい技術|学べ/,
  pay: /年収|給与|給料|待遇|報酬/,
  hours: /残業|労働時間|休日|ワークライフ|働き方|忙し/,
  people: /人間関係|上司|パワハラ|社風が合わ/,
  evaluation: /評価|昇進|昇格/,
  company_future: /将来性|業績|経営|倒産|事業縮小/,
  family: /家族|介護|結婚|出産|転居|地元/,
  management: /マネジメント|管理職|チームを率い|マネージャー/,
};

/** Pairs of wishes that contradict each other when told to different interviewers. */
export const MOTIVATION_THEMES: Readonly<Record<string, RegExp>> = {
  manager: /マネジメント|マネージャー|管理職|チームを率い|組織を/,
  specialist: /スペシャリスト|技術を極め|手を動かし続け|現場で手を動かし|コードを書き続け|技術一本/,
  stability: /安定|長く働け|腰を据え/,
  challenge: /挑戦|チャレンジ|スタートアップ|ベンチャー|裁量の大き/,
  upstream: /設計|上流|企画|何を作る/,
  operations: /運用を(?:極め|続け|中心)|運用に(?:やりがい|専念)|運用が好き/,
  remote: /リモート|在宅/,
  office: /出社|対面で働/,
};

export const OPPOSED: ReadonlyArray<[string, string]> = [
  ['manager', 'specialist'],
  ['stability', 'challenge'],
  ['upstream', 'operations'],
  ['remote', 'office'],
];

/** What a sentence turns down (管理職にはならず, 運用ではなく): it is not a wish. */
const NEGATED = /[^、。]*?(?:にはならず|にならず|ではなく|じゃなく|よりも|には興味がなく)[、]?/g;

export function themesOf(text: string, themes: Readonly<Record<string, RegExp>>): Set<string> {
  const affirmed = text.replace(NEGATED, '');
  return new Set(Object.entries(themes).flatMap(([theme, cue]) => (cue.test(affirmed) ? [theme] : [])));
}
