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
/** Drill-downs of one answer before the others get their turn: one answer must not fill the list. */
const PER_ANSWER = 2;
/** Each further question of a kind already listed (another 「具体的には?」) weighs this much less. */
const SAME_KIND = 0.9;

/**
 * Ranked and deduplicated, at most `limit`: the round's minimum of common questions first, then the rest by
 * score, at most two drill-downs per answer and never two of the same kind on one answer; only when nothing
 * else is left does an answer get more.
 */
export function rankPredictions(drafts: readonly GroupedDraft[], stage: RoundStage, limit: number): Prediction[] {
  const sorted = [...drafts].sort((a, b) => b.score - a.score);
  const kept: GroupedDraft[] = [];
  const mix = STAGE_MIX[stage];
  const fits = (draft: GroupedDraft, capped: boolean) =>
    !kept.includes(draft) &&
    !kept.some((other) => sameQuestion(other, draft)) &&
    (draft.group !== 'company' || kept.filter((d) => d.group === 'company').length < mix.company) &&
    !kept.some((other) => sameAnswer(other, draft) && stepKind(other) === stepKind(draft)) &&
    (!capped || !answerOf(draft) || kept.filter((other) => sameAnswer(other, draft)).length < PER_ANSWER);
  for (const draft of sorted.filter((d) => d.group === 'common')) {
    if (kept.length >= Math.min(mix.common, limit)) break;
    if (fits(draft, true)) kept.push(draft);
  }
  for (const capped of [true, false]) {
    while (kept.length < limit) {
      const next = best(sorted, kept, (draft) => fits(draft, capped));
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
 * The candidate worth most once the kinds already listed are discounted. A discount only lowers a score, so
 * the scan of the sorted candidates stops at the first whose full score cannot beat the best found; the
 * costly checks (`fits`: the wording against every kept question) run only for a candidate that would win.
 */
function best(
  sorted: readonly GroupedDraft[],
  kept: readonly GroupedDraft[],
  fits: (draft: GroupedDraft) => boolean,
): GroupedDraft | undefined {
  let top: GroupedDraft | undefined;
  let topScore = -1;
  for (const draft of sorted) {
    if (draft.score <= topScore) break;
    const kind = stepKind(draft);
    const repeats = kind ? kept.filter((other) => stepKind(other) === kind).length : 0;
    const score = draft.score * SAME_KIND ** repeats;
    if (score > topScore && fits(draft)) {
      top = draft;
      topScore = score;
    }
  }
  return top;
}

/** The answer a drill-down or repeated question came from (event and segments); null for the rest. */
function answerOf(draft: PredictionDraft): string | null {
  if (!draft.source || (draft.kind !== 'follow_up' && draft.kind !== 'repeat_weak')) return null;
  return `${draft.source.eventId}|${draft.source.segmentIds.join(',')}`;
}

const sameAnswer = (a: PredictionDraft, b: PredictionDraft) => {
  const answer = answerOf(a);
  return answer !== null && answer === answerOf(b);
};

/**
 * What a drill-down asks about (why, role, number, difficulty, result, learning, apply…), whatever chain it
 * came from: the reason for a method is a why, the detail of a role a role.
 */
function stepKind(draft: PredictionDraft): string | null {
  if (draft.kind === 'repeat_weak') return 'repeat';
  if (draft.kind !== 'follow_up') return null;
  if (draft.topic === 'episode:method') return 'why';
  if (draft.topic === 'role:detail') return 'role';
  if (draft.topic.startsWith('technical:')) return draft.topic;
  return draft.topic.split(':')[1] ?? draft.topic;
}

/**
 * The same step of the same answer, or much the same words about the same answer (or a common question of
 * the round). Two answers' chains share their template words, so wording alone does not merge them.
 */
function sameQuestion(a: PredictionDraft, b: PredictionDraft): boolean {
  if (a.topic === b.topic && a.source?.quote === b.source?.quote) return true;
  // Two common questions of the round are different topics however alike their words (強み・弱み).
  if (!a.source && !b.source) return false;
  // The same project told in two rounds gives the same step twice: the words that differ name one thing.
  if (a.topic === b.topic && a.kind === 'follow_up' && sameSubject(a.text.ja, b.text.ja)) return true;
  const sameSource = !a.source || !b.source || a.source.quote === b.source.quote;
  return sameSource && bigramSimilarity(a.text.ja, b.text.ja) >= SAME_QUESTION;
}

/**
 * Whether two questions of one template are about the same thing: what is left once their common start
 * and end (the template) are taken off — 「決済システムのデータベース移行」 and 「…移行プロジェクト」 are; 「学生時代の
 * 挫折経験」 and 「大学時代のゼミ活動」 are not, though most of their words are the template's.
 */
function sameSubject(a: string, b: string): boolean {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end += 1;
  const restA = a.slice(start, a.length - end);
  const restB = b.slice(start, b.length - end);
  if (restA === '' || restB === '') return true;
  return bigramSimilarity(a.slice(0, a.length - end), b.slice(0, b.length - end)) >= SAME_QUESTION;
}
