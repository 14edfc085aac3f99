import type { Message } from '../domain/message';
import type { JobField, JobTrack } from './job-profile';

export interface RoundTopic {
  id: string;
  /** Category ids (of the analysis) that count as this topic having been asked. */
  categories: readonly string[];
  /** Words that show it was asked, for categories the analysis does not have (他社状況, 入社意欲…). */
  cue: RegExp;
  question: Message;
  weight: number;
  /** The kind of job this wording is for; a topic without it is for everyone (the neutral default). */
  only?: { field?: JobField; track?: JobTrack };
}

export type RoundStage = 'first' | 'second' | 'final';

const topic = (
  id: string,
  categories: string[],
  cue: RegExp,
  [ja, en]: [string, string],
  weight: number,
  only?: { field?: JobField; track?: JobTrack },
): RoundTopic => ({ id, categories, cue, question: { ja, en }, weight, ...(only ? { only } : {}) });

const MOTIVATION = /志望/;
const SUCCESS = /力を入れ|頑張った|ガクチカ|成果|実績/;
const CAREER = /キャリア|将来|年後/;
// The ガクチカ chain goes into an episode: once any episode was told, the drill-downs of it take its place.
const EPISODES = ['success', 'gakuchika', 'student_life', 'hardship', 'teamwork'];
const TOLD_EPISODE = /力を入れ|頑張った|ガクチカ|成果|実績|苦労|挫折|失敗/;
const DEEP_MOTIVATION = /他社ではなく|他社ではだめ|当社でなければ|弊社でなければ|なぜ当社|なぜ弊社|数ある中で/;
const OTHERS = /他社|選考状況|ほかに受け|就活の軸|転職の軸/;

/**
 * What each round commonly asks, by kind of job. The stages follow the 就活/転職 guides' descriptions of the
 * rounds (マイナビ・リクナビの就活準備ガイド「一次面接・二次面接・最終面接の違い」, doda・リクルートエージェントの
 * 転職面接ガイド): the first round (人事) checks the basics (自己紹介, ガクチカ, 志望動機); the second (現場・管理職)
 * goes into experience (the ガクチカ chain), strengths and weaknesses with their episodes, the 志望動機 again and
 * deeper, how I work with others and what I would do in the job; the final (役員) confirms commitment
 * (入社意欲), career plan, other applications and values.
 * The job-specific wordings come from the same publishers' lists for the job: new graduates are asked about
 * 学生時代 (ガクチカ) and 就活の軸, job changers about 転職理由, 実績 and 条件 (doda「中途採用の面接でよく聞かれる
 * 質問」); sales interviews about targets, numbers and customers (リクルートエージェント・doda「営業職の面接」);
 * engineering interviews about technologies and design (レバテック・doda「エンジニアの面接で聞かれること」);
 * 総合職 interviews about 配属・転勤 and rotation (マイナビ「総合職の面接」). A topic without `only` is for any job.
 */
export const ROUND_TOPIC_LIST: Record<RoundStage, readonly RoundTopic[]> = {
  first: [
    topic(
      'self_introduction',
      ['self_introduction'],
      /自己紹介|経歴/,
      ['自己紹介をお願いします。', 'Please introduce yourself.'],
      0.7,
    ),
    topic(
      'motivation',
      ['motivation'],
      MOTIVATION,
      ['当社の志望動機を教えてください。', 'Why do you want to join us?'],
      0.7,
    ),
    topic(
      'success',
      ['success', 'gakuchika', 'student_life'],
      SUCCESS,
      ['力を入れて取り組んだことを教えてください。', 'What did you put the most effort into?'],
      0.6,
    ),
    topic(
      'success',
      ['success', 'gakuchika', 'student_life'],
      SUCCESS,
      ['学生時代に力を入れたことを教えてください。', 'What did you put the most effort into as a student?'],
      0.6,
      { track: 'new_grad' },
    ),
    topic(
      'success',
      ['success'],
      SUCCESS,
      ['これまでの仕事で最も成果を上げた経験を教えてください。', 'What is your best achievement at work so far?'],
      0.6,
      { track: 'mid_career' },
    ),
    topic(
      'strengths',
      ['strengths', 'self_pr'],
      /強み|長所|自己PR/,
      ['あなたの強みは何ですか。', 'What is your strength?'],
      0.6,
    ),
    topic('weaknesses', ['weaknesses'], /弱み|短所/, ['あなたの弱みは何ですか。', 'What is your weakness?'], 0.5),
    topic(
      'reason_for_change',
      ['reason_for_change'],
      /転職|退職|辞め/,
      ['転職を考えた理由を教えてください。', 'Why are you changing jobs?'],
      0.7,
      { track: 'mid_career' },
    ),
  ],
  second: [
    topic(
      'teamwork',
      ['teamwork'],
      /チーム|対立|意見が/,
      ['チームで意見が対立したとき、どう対応しましたか。', 'How did you handle disagreement in a team?'],
      0.6,
    ),
    topic(
      'hardship',
      ['hardship'],
      /苦労|失敗|挫折/,
      [
        'これまでで一番の失敗と、そこから学んだことは何ですか。',
        'What was your biggest failure and what did you learn?',
      ],
      0.55,
    ),
    topic(
      'career_plan',
      ['career_plan'],
      CAREER,
      ['今後のキャリアプランを教えてください。', 'What is your career plan?'],
      0.65,
    ),
    // The 2次 asks the 志望動機 again, deeper (why this company rather than its competitors), even when the
    // 1次 asked it: only that deeper question counts as asked.
    topic(
      'motivation_deep',
      [],
      DEEP_MOTIVATION,
      [
        '改めて、なぜ同業他社ではなく当社を志望するのですか。当社でなければならない理由を教えてください。',
        'Once more: why us rather than our competitors?',
      ],
      0.6,
    ),
    topic(
      'success_chain',
      EPISODES,
      TOLD_EPISODE,
      [
        '力を入れて取り組んだことについて、ご自身の役割と、困難をどう乗り越えたかを詳しく教えてください。',
        'What did you put the most effort into: your own role, and how you got past the difficulties?',
      ],
      0.6,
    ),
    topic(
      'success_chain',
      EPISODES,
      TOLD_EPISODE,
      [
        '学生時代に力を入れたことについて、ご自身の役割と、困難をどう乗り越えたかを詳しく教えてください。',
        'What you put the most effort into as a student: your own role, and how you got past the difficulties?',
      ],
      0.6,
      { track: 'new_grad' },
    ),
    topic(
      'strengths_weaknesses',
      ['strengths', 'self_pr', 'weaknesses'],
      /強み|長所|弱み|短所|自己PR/,
      [
        'あなたの強みと弱みを、それぞれ具体的なエピソードとあわせて教えてください。',
        'Your strength and your weakness, each with a concrete episode?',
      ],
      0.55,
    ),
    topic(
      'technical',
      ['technical'],
      /技術|設計|アーキテクチャ/,
      [
        '得意な技術と、それを使った設計の経験を教えてください。',
        'Which technologies are you strongest in, and what have you designed with them?',
      ],
      0.6,
      { field: 'engineering' },
    ),
    topic(
      'sales_fit',
      [],
      /営業(?:職)?を(?:志望|選)|なぜ営業/,
      [
        'なぜ営業職を志望するのですか。営業に活かせる経験はありますか。',
        'Why sales? What experience of yours will help in sales?',
      ],
      0.6,
      { field: 'sales' },
    ),
    topic(
      'sales_fit',
      [],
      /目標|実績|数字/,
      [
        'これまでの営業で、目標に対してどう取り組み、どんな数字を出しましたか。',
        'In sales so far: how did you work towards your targets, and with what figures?',
      ],
      0.65,
      { field: 'sales', track: 'mid_career' },
    ),
    topic(
      'placement',
      ['conditions'],
      /配属|転勤|勤務地|部署/,
      [
        '希望と違う部署や勤務地に配属されたら、どうしますか。',
        'What if you were placed in a department or location you did not ask for?',
      ],
      0.5,
      { field: 'general' },
    ),
  ],
  final: [
    topic(
      'commitment',
      ['commitment'],
      /入社意欲|第一志望|内定を出したら|入社していただけ/,
      [
        '内定を出したら入社していただけますか。当社は第一志望ですか。',
        'If we make you an offer, will you join? Are we your first choice?',
      ],
      0.85,
    ),
    topic(
      'career_plan',
      ['career_plan'],
      CAREER,
      ['入社後、どのようなキャリアを描いていますか。', 'What career do you see for yourself here?'],
      0.8,
    ),
    topic(
      'other_companies',
      ['other_companies', 'job_search'],
      OTHERS,
      ['他社の選考状況を教えてください。', 'Where else are you interviewing?'],
      0.8,
    ),
    topic(
      'other_companies',
      ['other_companies', 'job_search'],
      OTHERS,
      [
        '就職活動の軸と、他社の選考状況を教えてください。',
        'What do you look for in an employer, and where else are you interviewing?',
      ],
      0.8,
      { track: 'new_grad' },
    ),
    topic(
      'values',
      ['values'],
      /価値観|大切にして|仕事観|働く上で/,
      ['仕事をする上で大切にしている価値観は何ですか。', 'What do you value most in your work?'],
      0.65,
    ),
    topic(
      'reverse_question',
      ['reverse_question_prompt'],
      /質問はありますか|逆質問/,
      [
        '最後に何か質問はありますか。（役員に聞きたいことを用意）',
        'Do you have any questions for us? (prepare questions for an executive)',
      ],
      0.6,
    ),
    topic(
      'conditions',
      ['conditions'],
      /年収|給与|入社(?:可能|時期)|いつから/,
      ['希望年収と、入社可能な時期を教えてください。', 'Your salary expectations, and when could you start?'],
      0.55,
      { track: 'mid_career' },
    ),
  ],
};
