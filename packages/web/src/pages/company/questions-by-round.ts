import type { AnalysisReport, EventSummary, Message, Transcript } from '@furikaeri/core';
import { eventKind } from '../../i18n/event-labels';
import { reviewQuestions } from '../review/questions/review-questions';
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

/** What an event's questions are read from: its transcript and, once made, its analysis report. */
export interface EventQuestionSource {
  transcript: Transcript | null;
  report: AnalysisReport | null;
}

/**
 * Every event's questions (the analysis report's, or the provisional detection where there is no report
 * yet), grouped by round in selection order.
 */
export function questionsByRound(
  events: readonly EventSummary[],
  sources: ReadonlyMap<string, EventQuestionSource>,
): RoundQuestions[] {
  const groups = new Map<string, RoundQuestions & { rank: number }>();
  for (const event of timelineOrder(events)) {
    const source = sources.get(event.id);
    if (!source?.transcript) continue;
    const { questions } = reviewQuestions(source.transcript, source.report);
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
