import type { InterviewRound } from '../domain/labels';
import { eventsOfApplication } from './application-scope';
import type { PrepEvent } from './types';

/** The order of the rounds of one application: a casual talk comes before the 1次, the 最終 after all. */
const ROUND_ORDER: Record<InterviewRound, number> = { casual: 0, first: 1, second: 2, third: 3, final: 4 };

export const INTERVIEW_TYPES: ReadonlySet<string> = new Set(['interview', 'group_interview']);

/**
 * What a round is prepared from: only what happened before it. An interview of the application with a
 * round counts when its round comes before the target (preparing the 1次 again once the 最終 was held must
 * not drill into the 最終); everything else (OB/OG visits, 座談会, interviews without a round or of another
 * position) counts when it took place before the first interview of the target round or a later one. With
 * no such interview yet, the whole history counts.
 */
export function historyBefore(
  events: readonly PrepEvent[],
  applicationId: string | null | undefined,
  target: InterviewRound,
): PrepEvent[] {
  const own = new Set(
    eventsOfApplication(
      events.filter((event) => INTERVIEW_TYPES.has(event.type) && event.round !== null),
      applicationId,
    ),
  );
  const reached = [...own].filter((event) => event.round !== null && ROUND_ORDER[event.round] >= ROUND_ORDER[target]);
  const cutoff = reached.map((event) => event.date).sort()[0] ?? null;
  return events.filter((event) => {
    if (own.has(event) && event.round !== null) return ROUND_ORDER[event.round] < ROUND_ORDER[target];
    return cutoff === null || event.date < cutoff;
  });
}

/**
 * How much an interview's drill-downs weigh: those of the latest interview before the target weigh most,
 * each earlier interview of the application less (a 2次 is built on the 1次 more than on the casual talk),
 * another position's interviews less again. Also tells which interviews make the immediately previous round.
 */
export function interviewWeights(
  interviews: readonly PrepEvent[],
  applicationId: string | null | undefined,
): Map<string, { weight: number; latest: boolean }> {
  const own = eventsOfApplication(interviews, applicationId);
  const last = own.at(-1);
  const latestRound = last?.round ?? null;
  const weights = new Map<string, { weight: number; latest: boolean }>();
  own.forEach((event, index) => {
    const latest = event === last || (latestRound !== null && event.round === latestRound);
    weights.set(event.eventId, { weight: latest ? 1 : EARLIER ** (own.length - 1 - index), latest });
  });
  for (const event of interviews) {
    if (!weights.has(event.eventId)) weights.set(event.eventId, { weight: OTHER_POSITION, latest: false });
  }
  return weights;
}

/** Each step back in the history: the interviewer of the next round reads the latest notes first. */
const EARLIER = 0.8;
/** Another position's interviews at the company: the same company, not the same interviewers' notes. */
const OTHER_POSITION = 0.7;
