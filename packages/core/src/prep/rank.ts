import { bigramSimilarity } from '../analysis/text/similarity';
import type { PredictionDraft } from './follow-ups';
import type { RoundStage } from './round-topic-list';
import type { Prediction } from './types';

/** Where a candidate comes from, for the round's mix. */
export type DraftGroup = 'latest' | 'earlier' | 'common' | 'company';
export type GroupedDraft = PredictionDraft & { group: DraftGroup };

/**
 * The mix of a round's list: how many of the round's common questions are kept at least (when there are
 * that many not yet asked), and how many OB/OG and 座談会 items at most. A 1次 is mostly the basics, a 2次
 * mostly the drill-down of the 1次, a 最終 the drill-down plus 入社意欲, キャリア, 他社状況 and 価値観 (the stages
 * as the 就活/転職 guides describe them, see round-topic-list.ts).
 */
const STAGE_MIX: Record<RoundStage, { common: number; company: number }> = {
  first: { common: 6, company: 3 },
  second: { common: 3, company: 3 },
  final: { common: 4, company: 3 },
};

/** Two predictions whose wording overlaps this much (character bigrams) ask the same thing. */
const SAME_QUESTION = 0.6;
/** Keeps one answer from filling the list: at most this many predictions per quoted sentence. */
const PER_SOURCE = 4;

/**
 * Ranked and deduplicated, at most `limit`: the round's minimum of common questions first, then the rest by
 * score, at most four per quoted sentence unless nothing else is left.
 */
export function rankPredictions(drafts: readonly GroupedDraft[], stage: RoundStage, limit: number): Prediction[] {
  const sorted = [...drafts].sort((a, b) => b.score - a.score);
  const kept: GroupedDraft[] = [];
  const mix = STAGE_MIX[stage];
  const fits = (draft: GroupedDraft, capped: boolean) =>
    !kept.includes(draft) &&
    !kept.some((other) => sameQuestion(other, draft)) &&
    (draft.group !== 'company' || kept.filter((d) => d.group === 'company').length < mix.company) &&
    (!capped ||
      !draft.source ||
      kept.filter((other) => other.source?.quote === draft.source?.quote).length < PER_SOURCE);
  for (const draft of sorted.filter((d) => d.group === 'common')) {
    if (kept.length >= Math.min(mix.common, limit)) break;
    if (fits(draft, true)) kept.push(draft);
  }
  for (const capped of [true, false]) {
    while (kept.length < limit) {
      const next = sorted.find((draft) => fits(draft, capped));
      if (!next) break;
      kept.push(next);
    }
  }
  return kept
    .sort((a, b) => b.score - a.score)
    .map(({ group: _group, ...draft }, index) => ({
      id: `p${index + 1}`,
      ...draft,
      score: Math.round(draft.score * 100) / 100,
    }));
}

/**
 * The same step of the same answer, or much the same words about the same answer (or a common question of
 * the round). Two answers' chains share their template words, so wording alone does not merge them.
 */
function sameQuestion(a: PredictionDraft, b: PredictionDraft): boolean {
  if (a.topic === b.topic && a.source?.quote === b.source?.quote) return true;
  // Two common questions of the round are different topics however alike their words (強み・弱み).
  if (!a.source && !b.source) return false;
  const sameSource = !a.source || !b.source || a.source.quote === b.source.quote;
  return sameSource && bigramSimilarity(a.text.ja, b.text.ja) >= SAME_QUESTION;
}
