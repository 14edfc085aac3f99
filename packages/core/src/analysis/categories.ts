import type { Message } from '../domain/message';

/** What an interview question is about; the classifier picks one and says why. */
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
  success: { ja: '成功体験・力を入れたこと', en: 'Success' },
  hardship: { ja: '苦労・失敗経験', en: 'Hardship or failure' },
  teamwork: { ja: 'チームワーク・対立', en: 'Teamwork or conflict' },
  career_plan: { ja: 'キャリアプラン', en: 'Career plan' },
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
]);

/** Closed questions: the ~1 minute guideline for open questions does not apply to them. */
export const CLOSED_CATEGORIES: ReadonlySet<QuestionCategory> = new Set([
  'fact',
  'conditions',
  'reverse_question_prompt',
]);
