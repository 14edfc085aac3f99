import type { Message } from '../domain/message';
import type { ChainStep } from './chain-steps';

/** The kinds of answer that have a drill-down chain of their own. */
export type ChainKind = 'episode' | 'motivation' | 'reason' | 'strength' | 'weakness' | 'career';

export interface ChainLink {
  step: ChainStep;
  /** How likely a next-round interviewer asks this step when the answer left it out (0…1). */
  weight: number;
  /** The question; `{topic}` is replaced by what I said (the project, the wish, the strength…). */
  question: Message;
}

const link = (step: ChainStep, weight: number, ja: string, en: string): ChainLink => ({
  step,
  weight,
  question: { ja, en },
});

/**
 * The drill-down chain per kind of answer, in the order interviewers usually go.
 * - episode (ガクチカ, 成功・苦労体験, プロジェクト): why → goal → difficulty → what I did → result → my role →
 *   what I learned → how it applies to the job — the common ガクチカ chain of the 就活 guides (リクナビ, マイナビ
 *   「ガクチカの深掘り質問」), which is STAR plus reflection; 転職 interviews ask the same of a project (doda
 *   「職務経歴の深掘り」), with "数字で言うと?" for the scale.
 * - motivation (志望動機): what exactly → the trigger → why this company rather than others → what after joining
 *   (マイナビ転職「志望動機の深掘り」: なぜ当社か / 他社ではだめか / 入社後に何をしたいか).
 * - reason (転職理由): could it not be solved where you are → what you want to achieve → would it happen again here
 *   (doda, リクルートエージェント「転職理由の深掘り質問」).
 * - strength / weakness (長所・短所): an episode that shows it → what others say → how it shows at work / what you do
 *   about it (the standard 長所短所 follow-ups of the same guides).
 * - career (キャリアプラン): in 3–5 years → what you do for it now → why here.
 */
export const CHAINS: Record<ChainKind, readonly ChainLink[]> = {
  episode: [
    link('role', 0.95, '{topic}では、あなたご自身の役割は何でしたか。', 'What was your own role in {topic}?'),
    link('why', 0.85, '{topic}で、なぜその進め方を選んだのですか。', 'Why did you choose that approach in {topic}?'),
    link(
      'number',
      0.8,
      '{topic}の規模や成果を数字で言うと、どのくらいですか。',
      'In numbers, how large was {topic} and what did it achieve?',
    ),
    link(
      'difficulty',
      0.8,
      '{topic}で一番難しかったこと、うまくいかなかったことは何ですか。',
      'What was hardest in {topic}, and what did not go well?',
    ),
    link('action', 0.75, '{topic}で、具体的にどんな工夫をしましたか。', 'What exactly did you do in {topic}?'),
    link('result', 0.75, '{topic}の結果はどうなりましたか。', 'What came of {topic}?'),
    link('goal', 0.6, '{topic}では、どんな目標を置いていましたか。', 'What goal did you set for {topic}?'),
    link('learning', 0.7, '{topic}から何を学びましたか。', 'What did you learn from {topic}?'),
    link(
      'apply',
      0.75,
      '{topic}の経験を、入社後どう活かせますか。',
      'How would you apply what you did in {topic} here?',
    ),
  ],
  motivation: [
    link(
      'specific',
      0.9,
      '「{topic}」とのことですが、具体的にはどんなことをしたいですか。',
      'You said "{topic}": what exactly do you want to do?',
    ),
    link(
      'trigger',
      0.75,
      '「{topic}」と考えるようになったきっかけは何ですか。',
      'What made you want this ("{topic}")?',
    ),
    link(
      'fit',
      0.85,
      '「{topic}」は、なぜ当社で実現できると考えたのですか。他社ではだめですか。',
      'Why do you think "{topic}" can happen here rather than elsewhere?',
    ),
    link(
      'apply',
      0.7,
      '入社後、「{topic}」をどのように実現していきたいですか。',
      'After joining, how would you make "{topic}" happen?',
    ),
  ],
  reason: [
    link(
      'alternative',
      0.85,
      '「{topic}」は、今の会社の中で解決する方法はなかったのですか。',
      'Could "{topic}" not be solved at your current company?',
    ),
    link('future', 0.7, '転職によって実現したいことは何ですか。', 'What do you want to achieve by changing jobs?'),
    link(
      'fit',
      0.7,
      '当社でも同じ状況（{topic}）になったら、どうしますか。',
      'What would you do if the same happened here ({topic})?',
    ),
  ],
  strength: [
    link(
      'evidence',
      0.9,
      '強みの「{topic}」が発揮された具体的なエピソードを教えてください。',
      'Tell me an episode where your strength "{topic}" showed.',
    ),
    link(
      'apply',
      0.75,
      '「{topic}」を当社の仕事でどう活かせますか。',
      'How would your strength "{topic}" help in this job?',
    ),
    link(
      'number',
      0.5,
      '「{topic}」で周りにどんな変化がありましたか。数字で言えますか。',
      'What changed around you thanks to "{topic}"? In numbers?',
    ),
  ],
  weakness: [
    link(
      'evidence',
      0.8,
      '弱みの「{topic}」で困った具体的な場面はありますか。',
      'When did your weakness "{topic}" cause a problem?',
    ),
    link('improvement', 0.85, '「{topic}」を改善するために、何をしていますか。', 'What are you doing about "{topic}"?'),
  ],
  career: [
    link('future', 0.8, '5年後、10年後にどうなっていたいですか。', 'Where do you want to be in five or ten years?'),
    link(
      'action',
      0.7,
      '「{topic}」のために、今取り組んでいることは何ですか。',
      'What are you doing now towards "{topic}"?',
    ),
    link('fit', 0.75, '「{topic}」は、なぜ当社で実現できると考えますか。', 'Why can "{topic}" happen here?'),
  ],
};

/**
 * Which chain a question's category id belongs to. Ids the analysis may add later fall back to 'episode' only
 * when the answer tells a project (see predictFollowUps); unknown ids have no chain.
 */
export const CATEGORY_CHAINS: Readonly<Record<string, ChainKind>> = {
  success: 'episode',
  hardship: 'episode',
  teamwork: 'episode',
  gakuchika: 'episode',
  student_life: 'episode',
  technical: 'episode',
  management: 'episode',
  motivation: 'motivation',
  reason_for_change: 'reason',
  strengths: 'strength',
  self_pr: 'strength',
  weaknesses: 'weakness',
  career_plan: 'career',
};
