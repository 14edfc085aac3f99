import type { QuestionCategory } from '../categories';
import { contentLink } from './follow-up-content';
import type { FollowUpLink, LinkCandidate, Linked } from './follow-up-link';
import { INTERVIEWER_INTRODUCTION, PRESENTATION_CALL } from './follow-up-openings';
import { pointerLink } from './follow-up-pointers';

export type { FollowUpLink, LinkCandidate } from './follow-up-link';

/**
 * Links a question to the one it builds on: words pointing back (それは, ちなみに, 具体的に), 先ほど with the
 * earlier question it names, or words taken from the previous answer — unless the question opens a new topic
 * (では, 最後に) or is a textbook question of another kind (志望動機 after 転職理由 is no follow-up).
 * A drill-down that does not point at the last answer word by word belongs to the topic question of its chain when
 * the last question was a count or a yes/no detail (「何人くらい」, then 「どうやって乗り越えた」: the second digs into
 * the story, not into the number), and so does a count question itself (「メンバーは何人」 counts the story's people).
 */
export function linkFollowUp(
  candidates: readonly LinkCandidate[],
  index: number,
  previousCategory: QuestionCategory | null,
  /** The first question of the chain a question belongs to (itself when it follows up nothing). */
  rootOf: (index: number) => number = (at) => at,
): FollowUpLink | null {
  const link = linkToPrevious(candidates, index, previousCategory, rootOf);
  if (!link || link.link.parent !== index - 1 || link.pointer) return link?.link ?? null;
  const detail = previousCategory === 'fact' || link.count;
  return detail ? { ...link.link, parent: rootOf(index - 1) } : link.link;
}

/** What the words point at outright first (./follow-up-pointers.ts), then what the question shares (./follow-up-content.ts). */
function linkToPrevious(
  candidates: readonly LinkCandidate[],
  index: number,
  previousCategory: QuestionCategory | null,
  rootOf: (index: number) => number,
): Linked | null {
  const current = candidates[index];
  if (!current || !candidates[index - 1] || current.privateMatter || PRESENTATION_CALL.test(current.text)) return null;
  if (INTERVIEWER_INTRODUCTION.test(current.turnText.trim())) return null;
  const pointed = pointerLink(candidates, index, rootOf);
  if (pointed.decided) return pointed.linked;
  return contentLink(candidates, index, previousCategory, rootOf, pointed.openings);
}
