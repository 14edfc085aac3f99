import { bigramSimilarity } from '../analysis/text/similarity';
import type { InterviewRound } from '../domain/labels';
import { eventsOfApplication } from './application-scope';
import { predictFromConversations } from './company-info';
import { type PredictionDraft, predictFollowUps } from './follow-ups';
import { chosenJobProfile, type JobChoice, type JobProfile, jobProfile, NO_JOB_CHOICE } from './job-profile';
import { nextRound, topicsForRound } from './round-categories';
import type { Prediction, PrepEvent } from './types';
import { weakAnswerRepeats } from './weak-answers';

export interface PredictInput {
  /** The company's events (any application); those of `applicationId` weigh most. */
  events: readonly PrepEvent[];
  applicationId?: string | null;
  /** The application's role as typed (「法人営業」): which kind of job's common questions apply. */
  role?: string | null;
  /** The kind of job as the user corrected it (parts left null are guessed from the role and history). */
  jobChoice?: JobChoice;
  /** The round to prepare for; by default the one after the latest held for the application. */
  targetRound?: InterviewRound | null;
  limit?: number;
}

export interface PredictionSet {
  targetRound: InterviewRound;
  /** The round after the latest held for the application (the target when none is chosen). */
  defaultRound: InterviewRound;
  /** The kind of job the round's common questions were chosen for (the user's correction over the guess). */
  job: JobProfile;
  /** The kind of job guessed from the role and the history, before any correction. */
  jobGuess: JobProfile;
  predictions: Prediction[];
  /** Events the predictions were built from, oldest first. */
  basedOn: string[];
}

const INTERVIEW_TYPES = new Set(['interview', 'group_interview']);
/** Two predictions whose wording overlaps this much (character bigrams) ask the same thing. */
const SAME_QUESTION = 0.6;
/** Keeps one answer from filling the list: at most this many predictions per quoted sentence. */
const PER_SOURCE = 4;

/**
 * The questions to prepare for the next round, ranked: follow-ups on my own answers (latest interview first),
 * questions I answered poorly, the round's common topics this company has not asked yet, and what OB/OG
 * visits and 座談会 of the company said. Deduplicated, at most `limit` (15), each with why and its source.
 */
export function predictNextRound(input: PredictInput): PredictionSet {
  const events = [...input.events].sort((a, b) => a.date.localeCompare(b.date));
  const interviews = events.filter((event) => INTERVIEW_TYPES.has(event.type));
  const held = eventsOfApplication(interviews, input.applicationId);
  const defaultRound = nextRound(held.map((event) => event.round));
  const targetRound = input.targetRound ?? defaultRound;
  const drafts: PredictionDraft[] = [];
  interviews.forEach((event, index) => {
    const recency = 0.9 ** (interviews.length - 1 - index);
    const own = !input.applicationId || event.applicationId === input.applicationId ? 1 : 0.8;
    for (const draft of [...predictFollowUps(event), ...weakAnswerRepeats(event)]) {
      drafts.push({ ...draft, score: draft.score * recency * own });
    }
  });
  // Another position's interviewers asked the common questions of their own process: they still come here.
  // Another position at the company says nothing about this one's field.
  const jobGuess = jobProfile(input.role, eventsOfApplication(events, input.applicationId));
  const job = chosenJobProfile(jobGuess, input.jobChoice ?? NO_JOB_CHOICE);
  drafts.push(...roundTopicsNotAsked(held, targetRound, job));
  for (const event of events) drafts.push(...predictFromConversations(event));
  return {
    targetRound,
    defaultRound,
    job,
    jobGuess,
    predictions: rank(drafts, input.limit ?? 15),
    basedOn: events.map((event) => event.eventId),
  };
}

function roundTopicsNotAsked(
  interviews: readonly PrepEvent[],
  round: InterviewRound,
  job: JobProfile,
): PredictionDraft[] {
  const asked = interviews.flatMap((event) => event.report.questions);
  return topicsForRound(round, job)
    .filter(
      (topic) =>
        !asked.some((q) => topic.categories.includes(q.category.category as string) || topic.cue.test(q.question.text)),
    )
    .map((topic) => ({
      kind: 'round_category' as const,
      text: topic.question,
      why: {
        ja: 'この段階の面接でよく聞かれるが、この会社ではまだ聞かれていない',
        en: 'Commonly asked at this stage, and this company has not asked it yet',
      },
      topic: `round:${topic.id}`,
      score: topic.weight,
      source: null,
    }));
}

function rank(drafts: PredictionDraft[], limit: number): Prediction[] {
  const kept: PredictionDraft[] = [];
  const perSource = new Map<string, number>();
  for (const draft of [...drafts].sort((a, b) => b.score - a.score)) {
    if (kept.length >= limit) break;
    if (kept.some((other) => sameQuestion(other, draft))) continue;
    const key = draft.source ? `${draft.source.eventId}:${draft.source.quote}` : null;
    if (key && (perSource.get(key) ?? 0) >= PER_SOURCE) continue;
    if (key) perSource.set(key, (perSource.get(key) ?? 0) + 1);
    kept.push(draft);
  }
  return kept.map((draft, index) => ({ id: `p${index + 1}`, ...draft, score: Math.round(draft.score * 100) / 100 }));
}

/**
 * The same step of the same answer, or much the same words about the same answer (or a common question of
 * the round). Two answers' chains share their template words, so wording alone does not merge them.
 */
function sameQuestion(a: PredictionDraft, b: PredictionDraft): boolean {
  if (a.topic === b.topic && a.source?.quote === b.source?.quote) return true;
  const sameSource = !a.source || !b.source || a.source.quote === b.source.quote;
  return sameSource && bigramSimilarity(a.text.ja, b.text.ja) >= SAME_QUESTION;
}
