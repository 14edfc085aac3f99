import type { InterviewRound } from '../domain/labels';
import type { Message } from '../domain/message';

export interface RoundTopic {
  id: string;
  /** Category ids (of the analysis) that count as this topic having been asked. */
  categories: readonly string[];
  /** Words that show it was asked, for categories the analysis does not have (他社状況, 入社意欲…). */
  cue: RegExp;
  question: Message;
  weight: number;
}

const topic = (id: string, categories: string[], cue: RegExp, ja: string, en: string, weight: number): RoundTopic => ({
  id,
  categories,
  cue,
  question: { ja, en },
  weight,
});

/**
 * What each round commonly asks, from the 就活/転職 guides' descriptions of the rounds (マイナビ「一次・二次・
 * 最終面接の違い」, doda「最終面接でよく聞かれる質問」, リクナビNEXT): the first round (人事) checks the basics —
 * 自己紹介, 志望動機, ガクチカ/経歴, 長所短所; the second (現場・管理職) goes into experience, skills, teamwork and the
 * career plan; the final (役員) confirms commitment — 入社意欲, キャリアプラン, 他社状況, 価値観, and 逆質問.
 */
export const ROUND_TOPICS: Record<'first' | 'second' | 'final', readonly RoundTopic[]> = {
  first: [
    topic(
      'self_introduction',
      ['self_introduction'],
      /自己紹介|経歴/,
      '自己紹介をお願いします。',
      'Please introduce yourself.',
      0.7,
    ),
    topic('motivation', ['motivation'], /志望/, '当社の志望動機を教えてください。', 'Why do you want to join us?', 0.7),
    topic(
      'success',
      ['success', 'gakuchika', 'student_life'],
      /力を入れ|頑張った|ガクチカ/,
      '力を入れて取り組んだことを教えてください。',
      'What did you put the most effort into?',
      0.6,
    ),
    topic(
      'strengths',
      ['strengths', 'self_pr'],
      /強み|長所|自己PR/,
      'あなたの強みは何ですか。',
      'What is your strength?',
      0.6,
    ),
    topic('weaknesses', ['weaknesses'], /弱み|短所/, 'あなたの弱みは何ですか。', 'What is your weakness?', 0.5),
  ],
  second: [
    topic(
      'technical',
      ['technical'],
      /技術|設計|アーキテクチャ/,
      '得意な技術と、それを使った設計の経験を教えてください。',
      'Which technologies are you strongest in, and what have you designed with them?',
      0.6,
    ),
    topic(
      'teamwork',
      ['teamwork'],
      /チーム|対立|意見が/,
      'チームで意見が対立したとき、どう対応しましたか。',
      'How did you handle disagreement in a team?',
      0.6,
    ),
    topic(
      'hardship',
      ['hardship'],
      /苦労|失敗|挫折/,
      'これまでで一番の失敗と、そこから学んだことは何ですか。',
      'What was your biggest failure and what did you learn?',
      0.55,
    ),
    topic(
      'career_plan',
      ['career_plan'],
      /キャリア|将来|年後/,
      '今後のキャリアプランを教えてください。',
      'What is your career plan?',
      0.65,
    ),
    topic(
      'motivation',
      ['motivation'],
      /志望/,
      '改めて、当社を志望する理由を教えてください。',
      'Once more: why us?',
      0.5,
    ),
  ],
  final: [
    topic(
      'commitment',
      ['commitment'],
      /入社意欲|第一志望|内定を出したら|入社していただけ/,
      '内定を出したら入社していただけますか。当社は第一志望ですか。',
      'If we make you an offer, will you join? Are we your first choice?',
      0.85,
    ),
    topic(
      'career_plan',
      ['career_plan'],
      /キャリア|将来|年後/,
      '入社後、どのようなキャリアを描いていますか。',
      'What career do you see for yourself here?',
      0.8,
    ),
    topic(
      'other_companies',
      ['other_companies'],
      /他社|選考状況|ほかに受け/,
      '他社の選考状況を教えてください。',
      'Where else are you interviewing?',
      0.8,
    ),
    topic(
      'values',
      ['values'],
      /価値観|大切にして|仕事観|働く上で/,
      '仕事をする上で大切にしている価値観は何ですか。',
      'What do you value most in your work?',
      0.65,
    ),
    topic(
      'reverse_question',
      ['reverse_question_prompt'],
      /質問はありますか|逆質問/,
      '最後に何か質問はありますか。（役員に聞きたいことを用意）',
      'Do you have any questions for us? (prepare questions for an executive)',
      0.6,
    ),
  ],
};

/** The round after the ones held: 1次 → 2次 → 最終 (a 3次 counts as a second-stage round). */
export function nextRound(held: ReadonlyArray<InterviewRound | null>): InterviewRound {
  if (held.includes('final') || held.includes('third')) return 'final';
  if (held.includes('second')) return 'final';
  if (held.includes('first')) return 'second';
  return 'first';
}

export function topicsForRound(round: InterviewRound): readonly RoundTopic[] {
  if (round === 'final') return ROUND_TOPICS.final;
  if (round === 'second' || round === 'third') return ROUND_TOPICS.second;
  return ROUND_TOPICS.first;
}
