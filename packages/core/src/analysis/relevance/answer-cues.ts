import type { QuestionCategory } from '../categories';
import type { Cue } from '../questions/category-lexicon';

const cue = (pattern: RegExp, weight: number): Cue => ({ pattern, weight });

/** Categories whose answers can be checked for topic: the others (facts, conditions, prompts) are too open. */
export type CheckedCategory = Extract<
  QuestionCategory,
  | 'motivation'
  | 'reason_for_change'
  | 'strengths'
  | 'weaknesses'
  | 'success'
  | 'hardship'
  | 'teamwork'
  | 'career_plan'
  | 'technical'
>;

/**
 * Words that show what an answer talks about. Weight 2 = the topic named outright (私の強みは, 志望した);
 * 1 = a hint. These are deliberately the words candidates use, not the interviewer's.
 */
export const ANSWER_CUES: Record<CheckedCategory | 'self_introduction', Cue[]> = {
  motivation: [
    cue(/御社|貴社|御行|志望|応募|入社(したい|いたし|を希望)|第一志望/, 2),
    cue(
      /働きたい|携わりたい|関わりたい|貢献したい|魅力|惹かれ|共感|興味を持|interested|join|your (company|team)|this position/i,
      1.5,
    ),
    cue(/インターン|説明会|社員の方/, 1),
  ],
  reason_for_change: [
    cue(/現職|前職|転職|退職|辞め/, 2),
    cue(/(今|現在)の(会社|職場|チーム|仕事)|環境を変え|(思う|考える)ようになり|きっかけ|関わりたい/, 1.5),
  ],
  strengths: [
    cue(/強み|長所|得意|strength|good at/i, 2),
    cue(/自信があ|力です|力が身に|と(よく)?言われ|評価され|活かせ/, 1.5),
    cue(/責任感|粘り強|やり遂げ|前向き|誠実|行動力|リーダーシップ/, 1),
  ],
  weaknesses: [
    cue(/弱み|短所|苦手|weakness/i, 2),
    cue(/課題は|改善したい|気をつけて|直したい|自信がない|心配性|抱え込|してしまう|足りない|not confident/i, 1.5),
  ],
  success: [
    cue(/優勝|受賞|一位|金賞|銀賞|銅賞|成功|達成|成果/, 2),
    cue(
      /売り?上げ|増え|増や|減らし|短縮|改善|向上|上がり|できました|実現し|工夫し|取り組み|力を入れ|頑張り|がんばり/,
      1,
    ),
  ],
  hardship: [
    cue(/苦労|困難|失敗|挫折|間違|ミス|トラブル/, 2),
    cue(
      /大変|遅れ|足りな|集まらず|できませんでした|焦|辞めてしまい|課題|問題|障害|壁|乗り越え|悩|辛|つら|難し|分かれ|反対|謝罪/,
      1,
    ),
  ],
  teamwork: [
    cue(/チーム|協力|メンバー|意見|対立|話し合|合意|巻き込|役割|team/i, 1.5),
    cue(/周り|相談|一緒に|共有|相手|上司|部長|関係者|コミュニケーション|連絡役/, 1),
  ],
  career_plan: [
    cue(/たい(です|と(思|考))|ていきたい|目指|将来|キャリア|なりたい|挑戦し|予定|つもり/, 2),
    cue(/活かせ|活かし|want to|would like to|plan to|hope to|\bwill\b|aim to/i, 1.5),
  ],
  technical: [
    cue(
      /[A-Za-z]{2,}|データベース|インデックス|キュー|サーバー|クエリ|テスト|ワーカー|コンテナ|クラスタ|インフラ|バックエンド|フロントエンド/,
      1.5,
    ),
    cue(/設計|実装|構成|推定|仮定|施策|客数|単価|人口|計算|かける|手法|モデル|データ|分析|優先|工数|影響|見積|判断/, 1),
  ],
  self_introduction: [
    cue(/担当して(い|お)ります|担当しています|しております。/, 1.5),
    cue(/(今|現在)の(チーム|会社|仕事|職場)では|現在は|最近は/, 1.5),
    cue(/(大学|ゼミ|研究室|サークル)では/, 1.5),
    cue(/学んで(い|お)|専攻|研究して|調べて(い|お)|所属/, 1.5),
  ],
};

/** An answer that talks about one of these, with none of the asked topic's words, missed the question. */
export const CONFLICTS: Record<CheckedCategory, Array<keyof typeof ANSWER_CUES>> = {
  motivation: ['strengths', 'success', 'teamwork', 'hardship', 'self_introduction'],
  reason_for_change: ['strengths', 'success'],
  strengths: ['weaknesses', 'motivation'],
  weaknesses: ['strengths'],
  success: ['motivation', 'career_plan', 'weaknesses'],
  hardship: ['strengths', 'success'],
  teamwork: ['motivation', 'career_plan'],
  career_plan: ['self_introduction', 'success'],
  technical: ['teamwork', 'strengths', 'motivation'],
};

/** Negated mentions do not count: 特に大きな失敗はないのですが is not about a failure. */
const NEGATION =
  /^(は|が|も|と言える(ような)?(もの|こと)は|という(ほど|ほどの(もの|こと)は|ほどでは|ほどのことでは))?(特に)?(ない|なく|ありません|ございません|なかった)/;

/** True when every mention of `word` in `text` is negated (失敗はないのですが). */
export function onlyNegated(text: string, word: string): boolean {
  let mentioned = false;
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) {
    mentioned = true;
    if (!NEGATION.test(text.slice(at + word.length, at + word.length + 12))) return false;
  }
  return mentioned;
}

/** The cues of a category found in an answer, negated mentions left out. */
export function cuesIn(text: string, category: keyof typeof ANSWER_CUES): Array<{ text: string; weight: number }> {
  const found: Array<{ text: string; weight: number }> = [];
  for (const { pattern, weight } of ANSWER_CUES[category]) {
    const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    for (const match of text.matchAll(global)) {
      const after = text.slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + 12);
      if (!NEGATION.test(after)) {
        found.push({ text: match[0], weight });
        break;
      }
    }
  }
  return found;
}
