import { type ChainStep, STEP_CUES } from './chain-steps';

/** The chain steps an answer (with the answers to its follow-ups) already covered, by their cues. */
export function coveredSteps(answerTexts: readonly string[]): Set<ChainStep> {
  const text = answerTexts.join('\n');
  const covered = new Set<ChainStep>();
  for (const [step, cue] of Object.entries(STEP_CUES) as Array<[ChainStep, RegExp]>) {
    if (cue.test(text)) covered.add(step);
  }
  return covered;
}

/**
 * The step a question of a category asks by itself, whatever its words: a キャリアプラン question (5年後は?
 * 将来は?) asks for the future, a 苦労 question for the difficulty. Decided on the analysis' category, so a
 * reason never says 「将来像にはまだ触れていない」 after 「5年後にどうなっていたいですか」.
 */
const STEP_OF_CATEGORY: Readonly<Record<string, ChainStep>> = {
  career_plan: 'future',
  hardship: 'difficulty',
};

/** What the steps are read from: a question's words and its analysed category. */
type AskedQuestion = { question: { text: string }; category: { category: string } };

/** Words that ask for the future or for this company in any question, the thread's first one included. */
const TOPIC_STEP_CUES: ReadonlyArray<[ChainStep, RegExp]> = [
  ['future', /年後|将来|キャリア|今後|ゆくゆく|長期的/],
  ['fit', /他社ではなく|他社ではだめ|当社でなければ|弊社でなければ|なぜ当社|なぜ弊社|数ある中で/],
];

/** Words of a drill-down question (チームは何名 → number, 役割は → role): only a follow-up asks them of an answer. */
const DRILL_CUES: ReadonlyArray<[ChainStep, RegExp]> = [
  ['number', /何名|何人|どのくらい|どれくらい|何ヶ月|何件|数字/],
  ['role', /役割|立場|担当/],
  ['why', /なぜ|どうして|理由/],
  ['result', /結果|成果/],
  ['learning', /学ん|学び/],
  ['specific', /具体的/],
  ['action', /工夫|どのように|どうやって/],
];

/**
 * The steps the interviewer already asked in a thread (its first question and the follow-ups on it): they
 * were asked already, so the next round goes further rather than repeating them. The first question counts
 * by its category and the words that ask for the future or for this company; its other words (「どのように
 * お考えですか」) are the request, not a drill-down.
 */
export function askedSteps(questions: readonly AskedQuestion[]): Set<ChainStep> {
  const asked = new Set<ChainStep>();
  questions.forEach((question, index) => {
    const step = STEP_OF_CATEGORY[question.category.category];
    if (step) asked.add(step);
    const cues = index === 0 ? TOPIC_STEP_CUES : [...TOPIC_STEP_CUES, ...DRILL_CUES];
    for (const [cueStep, cue] of cues) if (cue.test(question.question.text)) asked.add(cueStep);
  });
  return asked;
}

/**
 * The steps asked anywhere in a history, by category and by the words for the future: a chain's questions
 * that name no answer of mine (「5年後、10年後にどうなっていたいですか」) are asked already once any question
 * of the company asked them.
 */
export function stepsAskedAnywhere(questions: readonly AskedQuestion[]): Set<ChainStep> {
  const asked = new Set<ChainStep>();
  for (const question of questions) {
    if (STEP_OF_CATEGORY[question.category.category] === 'future') asked.add('future');
    if (TOPIC_STEP_CUES[0]?.[1].test(question.question.text)) asked.add('future');
  }
  return asked;
}
