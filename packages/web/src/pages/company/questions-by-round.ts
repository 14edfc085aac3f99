import type { EventSummary, Message, Transcript } from '@furikaeri/core';
import { eventKind } from '../../i18n/event-labels';
import { provisionalQuestions } from '../review/questions/provisional-questions';
import { stageRank, timelineOrder } from './timeline-order';

export interface AskedQuestion {
  eventId: string;
  date: string;
  startMs: number;
  text: string;
}

export interface RoundQuestions {
  round: Message;
  questions: AskedQuestion[];
}

/**
 * SLOT FED FROM TRANSCRIPTS FOR NOW: the provisional question detection per event, grouped by round in
 * selection order. The analysis report's questions (with categories and follow-ups) will replace the source.
 */
export function questionsByRound(
  events: readonly EventSummary[],
  transcripts: ReadonlyMap<string, Transcript | null>,
): RoundQuestions[] {
  const groups = new Map<string, RoundQuestions & { rank: number }>();
  for (const event of timelineOrder(events)) {
    const transcript = transcripts.get(event.id);
    if (!transcript) continue;
    const questions = provisionalQuestions(transcript.segments, transcript.speakers);
    if (questions.length === 0) continue;
    const round = eventKind(event);
    const group = groups.get(round.en) ?? { round, rank: stageRank(event), questions: [] };
    for (const question of questions) {
      group.questions.push({ eventId: event.id, date: event.date, startMs: question.startMs, text: question.text });
    }
    groups.set(round.en, group);
  }
  return [...groups.values()].sort((a, b) => a.rank - b.rank).map(({ round, questions }) => ({ round, questions }));
}
