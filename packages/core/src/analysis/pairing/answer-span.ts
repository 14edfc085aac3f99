import type { Span } from '../report';
import { isBackchannel, isCompanySide, joinTexts, type Turn } from '../turns';

/**
 * My answer to a question: from my first turn after it (other candidates may answer first in a group
 * interview) through my following turns, across the other side's short acknowledgements, until someone
 * else speaks with substance. The company side speaking with substance before I do means the question went
 * to someone else, or was left; the next question ends the search either way.
 */
export function answerTurns(turns: readonly Turn[], questionTurn: number, nextQuestionTurn: number | null): Turn[] {
  const end = nextQuestionTurn ?? turns.length;
  let index = questionTurn + 1;
  for (; index < end; index += 1) {
    const turn = turns[index];
    if (!turn || turn.role === 'me') break;
    if (isCompanySide(turn.role) && !isBackchannel(turn.text)) return [];
  }
  const answer: Turn[] = [];
  for (; index < end; index += 1) {
    const turn = turns[index];
    if (!turn) break;
    if (turn.role === 'me') answer.push(turn);
    else if (!isBackchannel(turn.text)) break;
  }
  return answer;
}

export function spanOfTurns(turns: readonly Turn[]): Span | null {
  const first = turns[0];
  const last = turns[turns.length - 1];
  if (!first || !last) return null;
  return {
    segmentIds: turns.flatMap((turn) => turn.segments.map((segment) => segment.id)),
    startMs: first.startMs,
    endMs: last.endMs,
    text: turns.reduce((text, turn) => joinTexts(text, turn.text), ''),
  };
}

/** True when my answer follows the question directly (nobody else answered first): latency means something. */
export function answersDirectly(turns: readonly Turn[], questionTurn: number, answerStartTurn: number): boolean {
  for (let index = questionTurn + 1; index < answerStartTurn; index += 1) {
    const turn = turns[index];
    if (turn && !isBackchannel(turn.text)) return false;
  }
  return true;
}
