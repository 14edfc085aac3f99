import { type InterviewRound, ROUND_LABELS } from '../domain/labels';
import { eventsOfApplication } from './application-scope';
import { predictFromConversations } from './company-info';
import { stepsAskedAnywhere } from './coverage';
import { type PredictionDraft, predictFollowUps } from './follow-ups';
import { chosenJobProfile, type JobChoice, type JobProfile, jobProfile, NO_JOB_CHOICE } from './job-profile';
import { type GroupedDraft, rankPredictions } from './rank';
import { nextRound, stageOf, topicsForRound } from './round-categories';
import { historyBefore, INTERVIEW_TYPES, interviewWeights } from './round-history';
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
  /** For an application: the company's correction, which applies to each part the application leaves null. */
  companyJobChoice?: JobChoice;
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
  /**
   * The kind of job before the application's own correction: guessed from the role and the history, with the
   * company's correction over the guess (`fromCompany` says which parts).
   */
  jobGuess: JobProfile & { fromCompany: { field: boolean; track: boolean } };
  predictions: Prediction[];
  /** Events the predictions were built from (those before the target round), oldest first. */
  basedOn: string[];
}

/**
 * The questions to prepare for a round, from what happened before it: follow-ups on my own answers (the
 * immediately previous round first, earlier rounds after), questions I answered poorly, the round's common
 * topics this company has not asked yet, and what OB/OG visits and 座談会 of the company said. Ranked for the
 * round's mix, deduplicated, at most `limit` (15), each with why and its source.
 */
export function predictNextRound(input: PredictInput): PredictionSet {
  const all = [...input.events].sort((a, b) => a.date.localeCompare(b.date));
  const held = eventsOfApplication(
    all.filter((event) => INTERVIEW_TYPES.has(event.type)),
    input.applicationId,
  );
  const defaultRound = nextRound(held.map((event) => event.round));
  const targetRound = input.targetRound ?? defaultRound;
  const events = historyBefore(all, input.applicationId, targetRound);
  const interviews = events.filter((event) => INTERVIEW_TYPES.has(event.type));
  const weights = interviewWeights(interviews, input.applicationId);
  const asked = eventsOfApplication(interviews, input.applicationId);
  const askedBefore = stepsAskedAnywhere(asked.flatMap((event) => event.report.questions));
  const drafts: GroupedDraft[] = [];
  for (const event of interviews) {
    const { weight, latest } = weights.get(event.eventId) ?? { weight: 1, latest: true };
    for (const draft of [...predictFollowUps(event, askedBefore), ...weakAnswerRepeats(event)]) {
      drafts.push({ ...draft, score: draft.score * weight, group: latest ? 'latest' : 'earlier' });
    }
  }
  // Another position's interviewers asked the common questions of their own process: they still come here.
  // Another position at the company says nothing about this one's field.
  const company = input.companyJobChoice ?? NO_JOB_CHOICE;
  const jobGuess = {
    ...chosenJobProfile(jobProfile(input.role, eventsOfApplication(all, input.applicationId)), company),
    fromCompany: { field: company.field !== null, track: company.track !== null },
  };
  const job = chosenJobProfile(jobGuess, input.jobChoice ?? NO_JOB_CHOICE);
  drafts.push(...roundTopicsNotAsked(asked, targetRound, job).map((draft) => ({ ...draft, group: 'common' as const })));
  for (const event of events) {
    drafts.push(
      ...predictFromConversations(event, targetRound).map((draft) => ({ ...draft, group: 'company' as const })),
    );
  }
  return {
    targetRound,
    defaultRound,
    job,
    jobGuess,
    predictions: rankPredictions(drafts, stageOf(targetRound), input.limit ?? 15),
    basedOn: events.map((event) => event.eventId),
  };
}

function roundTopicsNotAsked(
  interviews: readonly PrepEvent[],
  round: InterviewRound,
  job: JobProfile,
): PredictionDraft[] {
  const asked = interviews.flatMap((event) => event.report.questions);
  const label = ROUND_LABELS[round];
  return topicsForRound(round, job)
    .filter(
      (topic) =>
        !asked.some((q) => topic.categories.includes(q.category.category as string) || topic.cue.test(q.question.text)),
    )
    .map((topic) => ({
      kind: 'round_category' as const,
      text: topic.question,
      why: {
        ja: `${label.ja}でよく聞かれるが、この会社ではまだ聞かれていない`,
        en: `Commonly asked in a ${label.en.toLowerCase()} interview, and this company has not asked it yet`,
      },
      topic: `round:${topic.id}`,
      score: topic.weight,
      source: null,
    }));
}
