import type { QuestionCategory } from '../categories';
import type { CategoryEvidence } from '../report';
import { categoryModelScores } from './category-model';

/**
 * When the model speaks: only for a question whose own wording has no strong cue (the rules' best cue < 2) and
 * that is not a drill-down (a drill-down keeps its parent's topic), and only when the model is fairly sure.
 * Weight = probability × MODEL_WEIGHT, so at MIN_PROBABILITY it just reaches the classifier's "other" floor (1.5).
 * Both chosen on the interview fixtures and the tuning conversations only: at 0.3 they lost 3 of their questions.
 */
const MIN_PROBABILITY = 0.45;
const MODEL_WEIGHT = 3.4;

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
