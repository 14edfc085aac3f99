import { detectQuestion } from '../questions/question-detector';
import type { Span } from '../report';
import { splitSentences } from '../text/sentences';
import { isBackchannel, isCompanySide, joinTexts, type Turn } from '../turns';

/**
 * My answer to a question: from my first turn after it (other candidates may answer first in a group
 * interview) through my following turns, across the other side's short acknowledgements, until someone
 * else speaks with substance. The company side speaking with substance before I do means the question went
 * to someone else, or was left — unless it is answering another candidate's own question (a group interview's
 * 「皆さんから何か質問は」: the others ask first, then I do); the next question ends the search either way.
 */
export function answerTurns(turns: readonly Turn[], questionTurn: number, nextQuestionTurn: number | null): Turn[] {
  const end = nextQuestionTurn ?? turns.length;
  let index = questionTurn + 1;
  for (; index < end; index += 1) {
    const turn = turns[index];
    if (!turn || turn.role === 'me') break;
    const before = turns[index - 1];
    const answersOther = before?.role === 'candidate' && asksSomething(before.segments.at(-1)?.text ?? '');
    if (isCompanySide(turn.role) && !isBackchannel(turn.text) && !answersOther) return [];
  }
  const answer: Turn[] = [];
  for (; index < end; index += 1) {
    const turn = turns[index];
    if (!turn) break;
    if (turn.role === 'me') answer.push(turn);
    else if (!isBackchannel(turn.text)) break;
  }
  return withoutMyNextQuestion(answer);
}

/**
 * My answer ends where I go on to ask something of my own in a segment of its own (an OB/OG visit: 「…面白かった
 * からです」 then 「一日の流れってどんな感じですか」): that segment opens the next exchange, it answers nothing.
 */
function withoutMyNextQuestion(answer: Turn[]): Turn[] {
  const last = answer[answer.length - 1];
  if (!last || last.segments.length < 2) return answer;
  let keep = last.segments.length;
  while (keep > 1 && asksSomething(last.segments[keep - 1]?.text ?? '')) keep -= 1;
  if (keep === last.segments.length) return answer;
  const segments = last.segments.slice(0, keep);
  const trimmed: Turn = {
    ...last,
    segments,
    endMs: Math.max(...segments.map((segment) => segment.endMs)),
    text: segments.reduce((text, segment) => joinTexts(text, segment.text), ''),
  };
  return [...answer.slice(0, -1), trimmed];
}

function asksSomething(text: string): boolean {
  const sentences = splitSentences(text);
  const final = sentences[sentences.length - 1];
  return final !== undefined && detectQuestion(final.text) !== null;
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
