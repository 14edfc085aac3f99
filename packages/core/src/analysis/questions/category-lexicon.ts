import type { QuestionCategory } from '../categories';

/** A cue in a question's wording, and how strongly it points to its category. */
export interface Cue {
  pattern: RegExp;
  weight: number;
}

const cue = (pattern: RegExp, weight: number): Cue => ({ pattern, weight });

/**
 * What interviewers say when they ask each kind of question. Weight 3 = the textbook wording of that
 * question (志望動機, 自己紹介); lower weights are hints that need company. Quantity words make a closed
 * fact question whatever the topic (チームは何名でしたか is about a number, not about teamwork).
 */
export const QUESTION_CUES: Record<Exclude<QuestionCategory, 'other'>, Cue[]> = {
  self_introduction: [
    cue(/自己紹介|自己紹介/, 3),
    cue(/(ご)?経歴/, 3),
    cue(/(今|現在)(は)?(どんな|どのような)(お)?仕事/, 3),
    cue(/about yourself|introduce yourself/i, 3),
  ],
  motivation: [
    cue(/志望/, 3),
    cue(/(なぜ|どうして)(弊社|当社|うち|御社)|(弊社|当社|うち)(を|に)(選|決め)|(弊社|当社|うち)なん/, 3),
    cue(/(弊社|当社|うち)の(商品|製品|サービス)/, 2),
    cue(/第一志望|入社していただけ|入社の意思/, 2.5),
    cue(/興味を(持|も)/, 1.5),
    cue(/why (are you interested|do you want|this (position|company|role))|interested in (this|the|our)/i, 3),
  ],
  reason_for_change: [cue(/転職|退職|辞め(る|た|よう)/, 3), cue(/(今|現在)の(会社|職場)を/, 2)],
  strengths: [
    cue(/強み|長所|自己PR|自己ＰＲ|アピール/, 3),
    cue(/得意/, 2),
    cue(/どんな人|周りから(どう|どんな)|人柄|性格/, 2),
    cue(/strength/i, 3),
  ],
  weaknesses: [cue(/弱み|短所|苦手/, 3), cue(/weakness/i, 3)],
  success: [
    cue(/力を入れ|頑張った|がんばった|打ち込んだ/, 3),
    cue(/成功|成果|実績|成績|達成/, 2.5),
    cue(/工夫した|改善した|誇れる/, 2),
    cue(/進め方を改善/, 1),
    cue(/achievement|accomplish|proud/i, 3),
  ],
  hardship: [
    cue(/苦労|失敗|挫折|困難/, 3),
    cue(/大変だった|辛かった|つらかった|乗り越え|困った|難しかった|うまくいかなかった|上手くいかなかった/, 2.5),
    cue(/mistake|failure|fail(ed)?\b/i, 3),
  ],
  teamwork: [
    cue(/対立|意見が(分か|合わ|食い違)|衝突|揉め|もめ/, 3),
    cue(/チームで(働|取り組|仕事)|協調|協力|人間関係|ステークホルダー/, 2.5),
    cue(/役割|立場|反対/, 2),
    cue(/チーム|周り|メンバー/, 1),
    cue(/stakeholder|conflict|team/i, 2.5),
  ],
  career_plan: [
    cue(/キャリア|年後|将来/, 3),
    cue(/実現したい|やってみたい|挑戦したい|成し遂げ/, 3),
    cue(/今後|入社後|やりたい|したい[？?]|したいですか|したいこと|目指/, 2),
    cue(/成果を出して?いく|(て|で)いきますか|ていきたい/, 3),
    cue(/see yourself|years from now|in (five|5|ten|10) years|future/i, 3),
  ],
  technical: [
    cue(
      /技術|スタック|アーキテクチャ|設計|構成|実装|コード|テスト|データベース|パフォーマンス|インデックス|リトライ|障害対応/,
      2.5,
    ),
    cue(/市場規模|推定|フェルミ|ケース/, 3),
    cue(/技術的/, 1),
    cue(/施策|根拠|優先順位|見積|仮説|手法|ユーザーインタビュー/, 2),
    cue(/学んでいる|勉強して/, 1.5),
    cue(/[A-Za-z]{2,}(SQL|DB)|API|SQL|AWS|Kubernetes|React/, 1.5),
    cue(/売上/, 1),
  ],
  conditions: [
    cue(/年収|給与|給料|待遇|希望額|勤務地|転勤|入社(可能|時期)|入社できる時期/, 3),
    cue(/働き方|残業|リモート|副業|配属|勤務時間|休日/, 2.5),
    cue(/いつ(頃|ごろ)から|条件/, 1.5),
    cue(/salary|notice period|relocat/i, 3),
  ],
  reverse_question_prompt: [],
  fact: [
    cue(/何(名|人|件|社|年|歳|回|位|割|パーセント|%)|いくら|どのくらい|どれくらい|どれぐらい|何か月|何ヶ月/, 4),
    cue(/(あなた|ご自身)が(言い出|提案|決め)/, 2),
    cue(/how (many|much|long)/i, 4),
  ],
};

/** Model questions per category, for similarity when the keywords are silent or tied. */
export const PROTOTYPES: Record<Exclude<QuestionCategory, 'other' | 'reverse_question_prompt'>, string[]> = {
  self_introduction: ['自己紹介をお願いします', 'これまでのご経歴を教えてください', '今どんなお仕事をされていますか'],
  motivation: ['当社を志望した理由を教えてください', 'なぜ弊社なのですか', '数ある会社の中でなぜうちを選んだのですか'],
  reason_for_change: ['転職を考えた理由は何ですか', 'なぜ今の会社を辞めようと思ったのですか'],
  strengths: ['あなたの強みは何ですか', '自己PRをしてください', 'あなたの長所を教えてください'],
  weaknesses: ['あなたの弱みは何ですか', '短所を教えてください'],
  success: ['学生時代に力を入れたことは何ですか', 'これまでの成功体験を教えてください', '一番の成果は何ですか'],
  hardship: ['一番苦労したことは何ですか', 'これまでの失敗経験を教えてください', '挫折した経験はありますか'],
  teamwork: ['チームで意見が対立したときどうしましたか', 'チームの中でどんな役割でしたか'],
  career_plan: ['五年後どうなっていたいですか', '今後のキャリアをどう考えていますか', '入社後にやりたいことは何ですか'],
  technical: ['どのような技術を使っていますか', 'このシステムをどう設計しますか', '市場規模を推定してください'],
  conditions: ['希望年収はいくらですか', '入社可能な時期はいつですか', '働き方で気になることはありますか'],
  fact: ['チームは何名でしたか', '売上はどのくらいでしたか', 'それはいつのことですか'],
};
