import type { Message } from '../domain/message';

/**
 * What an interview question is about; the classifier picks one and says why.
 *
 * The taxonomy follows the lists of frequently asked questions that Japanese job-hunting and job-change
 * guides publish (for new graduates e.g. the 「面接でよく聞かれる質問」 pages of リクナビ・マイナビ's 就活
 * guides; for job changers those of doda・リクルートエージェント), as DESIGN.md ("Question taxonomy") asks:
 * - self_introduction — 自己紹介・経歴 (「自己紹介をお願いします」「これまでのご経歴を」): opens nearly every list.
 * - motivation — 志望動機 (「なぜ当社か」): in every list, 新卒 and 転職.
 * - reason_for_change — 転職理由 (「なぜ今の会社を辞めるのか」): the first question of 転職 lists.
 * - strengths / weaknesses — 長所・短所, 強み・弱み, 自己PR, 周りからどう言われるか.
 * - success — 学生時代に力を入れたこと (ガクチカ) and, for 転職, 実績・成功体験.
 * - hardship — 苦労・失敗・挫折経験 and how it was overcome.
 * - teamwork — チームでの役割・意見の対立 (協調性 in the lists).
 * - career_plan — 将来・キャリアプラン (「5年後・10年後」「入社後にやりたいこと」).
 * - values — 価値観 (「仕事で大切にしていること」「譲れないこと」「尊敬する人」).
 * - stress — ストレス耐性 (「プレッシャーのときどうするか」「落ち込んだときの切り替え方」).
 * - job_search — 他社の選考状況・就活/転職の軸 (「ほかにどこを受けているか」「当社の志望度」「会社選びの軸」:
 *   the 軸 of the job search, not a value of life).
 * - hypothetical — 例え質問・仮定の質問 (「自分を〜に例えると」「もし〜ならどうするか」, and without もし
 *   「配属されなかったらどうしますか」; a named topic wins a tie: 「理不尽なことを言われたら」 is stress).
 * - management — マネジメント経験 (部下の人数・育成・評価): 転職 lists for leads and managers.
 * - technical — 技術・専門知識, ケース・フェルミ推定: technical and consulting interviews.
 * - conditions — 条件・働き方 (希望年収, 入社時期, 勤務地・転勤).
 * - reverse_question_prompt — 逆質問の促し (「最後に何か質問はありますか」).
 * - fact — a closed question about a detail (「何人のチームでしたか」).
 * - other — nothing above fits.
 */
export const QUESTION_CATEGORIES = [
  'self_introduction',
  'motivation',
  'reason_for_change',
  'strengths',
  'weaknesses',
  'success',
  'hardship',
  'teamwork',
  'career_plan',
  'values',
  'stress',
  'job_search',
  'hypothetical',
  'management',
  'technical',
  'conditions',
  'reverse_question_prompt',
  'fact',
  'other',
] as const;
export type QuestionCategory = (typeof QUESTION_CATEGORIES)[number];

export const QUESTION_CATEGORY_LABELS: Record<QuestionCategory, Message> = {
  self_introduction: { ja: '自己紹介・経歴', en: 'Self-introduction' },
  motivation: { ja: '志望動機', en: 'Motivation' },
  reason_for_change: { ja: '転職理由', en: 'Reason for changing jobs' },
  strengths: { ja: '強み・自己PR', en: 'Strengths' },
  weaknesses: { ja: '弱み・短所', en: 'Weaknesses' },
  success: { ja: '学生時代に力を入れたこと・成功体験', en: 'What you put effort into, success' },
  hardship: { ja: '苦労・失敗経験', en: 'Hardship or failure' },
  teamwork: { ja: 'チームワーク・対立', en: 'Teamwork or conflict' },
  career_plan: { ja: '将来・キャリアプラン', en: 'Career plan' },
  values: { ja: '価値観', en: 'Values' },
  stress: { ja: 'ストレス耐性', en: 'Handling stress' },
  job_search: { ja: '他社状況・就活の軸', en: 'Other applications, criteria' },
  hypothetical: { ja: '例え質問・仮定の質問', en: 'Hypothetical question' },
  management: { ja: 'マネジメント経験', en: 'Management experience' },
  technical: { ja: '技術・ケース', en: 'Technical or case' },
  conditions: { ja: '条件・働き方', en: 'Conditions' },
  reverse_question_prompt: { ja: '逆質問の促し', en: 'Invitation to ask questions' },
  fact: { ja: '事実確認', en: 'Fact' },
  other: { ja: 'その他', en: 'Other' },
};

/** Categories whose answers should tell a concrete episode (a number, a moment, what you did). */
export const EXAMPLE_EXPECTED: ReadonlySet<QuestionCategory> = new Set([
  'strengths',
  'success',
  'hardship',
  'teamwork',
  'management',
]);

/** Closed questions: the ~1 minute guideline for open questions does not apply to them. */
export const CLOSED_CATEGORIES: ReadonlySet<QuestionCategory> = new Set([
  'fact',
  'conditions',
  'job_search',
  'reverse_question_prompt',
]);
