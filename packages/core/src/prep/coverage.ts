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
 * The steps the interviewer already asked about in a follow-up (チームは何名 → number, 役割は → role): they
 * were drilled already, so the next round goes further rather than repeating them.
 */
export function askedSteps(questionTexts: readonly string[]): Set<ChainStep> {
  const asked = new Set<ChainStep>();
  for (const text of questionTexts) {
    if (/何名|何人|どのくらい|どれくらい|何ヶ月|何件|数字/.test(text)) asked.add('number');
    if (/役割|立場|担当/.test(text)) asked.add('role');
    if (/なぜ|どうして|理由/.test(text)) asked.add('why');
    if (/結果|成果/.test(text)) asked.add('result');
    if (/学ん|学び/.test(text)) asked.add('learning');
    if (/具体的/.test(text)) asked.add('specific');
    if (/工夫|どのように|どうやって/.test(text)) asked.add('action');
  }
  return asked;
}
