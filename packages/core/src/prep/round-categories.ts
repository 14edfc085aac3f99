import type { InterviewRound } from '../domain/labels';
import type { JobProfile } from './job-profile';
import { ROUND_TOPIC_LIST, type RoundStage, type RoundTopic } from './round-topic-list';

export type { RoundStage, RoundTopic } from './round-topic-list';

/** The round after the ones held: 1次 → 2次 → 最終 (a 3次 counts as a second-stage round). */
export function nextRound(held: ReadonlyArray<InterviewRound | null>): InterviewRound {
  if (held.includes('final') || held.includes('third')) return 'final';
  if (held.includes('second')) return 'final';
  if (held.includes('first')) return 'second';
  return 'first';
}

export function stageOf(round: InterviewRound): RoundStage {
  if (round === 'final') return 'final';
  if (round === 'second' || round === 'third') return 'second';
  return 'first';
}

const fits = (topic: RoundTopic, profile: JobProfile) =>
  (!topic.only?.field || topic.only.field === profile.field) &&
  (!topic.only?.track || topic.only.track === profile.track);

/**
 * The common questions of a round for this kind of job: per topic the wording for the job where one fits
 * (the more specific the better), else the neutral one; topics only some jobs get (技術, 営業実績, 転職理由…)
 * only for them. An unknown job gets the neutral list, which assumes no field.
 */
export function topicsForRound(
  round: InterviewRound,
  profile: JobProfile = { track: null, field: null },
): RoundTopic[] {
  const candidates = ROUND_TOPIC_LIST[stageOf(round)].filter((topic) => fits(topic, profile));
  const best = new Map<string, RoundTopic>();
  const specificity = (topic: RoundTopic) => (topic.only?.field ? 2 : 0) + (topic.only?.track ? 1 : 0);
  for (const topic of candidates) {
    const current = best.get(topic.id);
    if (!current || specificity(topic) > specificity(current)) best.set(topic.id, topic);
  }
  return [...best.values()];
}
