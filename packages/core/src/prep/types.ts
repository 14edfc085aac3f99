import type { AnalysisReport } from '../analysis/report';
import type { EventType, InterviewRound } from '../domain/labels';
import type { Message } from '../domain/message';

/**
 * One past event of the history a prediction is built from: its place in the job hunt and its analysis
 * report. Prep depends on the report's shape only (questions with a category id, my answers as spans,
 * conversation facts), never on the analysis' particular category rules, so any category id is accepted.
 */
export interface PrepEvent {
  eventId: string;
  type: EventType;
  round: InterviewRound | null;
  /** Local calendar date, YYYY-MM-DD: orders the history. */
  date: string;
  companyId: string | null;
  companyName: string | null;
  applicationId: string | null;
  report: AnalysisReport;
}

/** Where a prediction or a claim came from: the event, the moment and the words. */
export interface PrepSource {
  eventId: string;
  eventType: EventType;
  round: InterviewRound | null;
  date: string;
  segmentIds: string[];
  atMs: number;
  quote: string;
}

export type ClaimKind = 'project' | 'number' | 'role' | 'motivation' | 'plan' | 'strength' | 'weakness' | 'reason';

/** Something I said about myself in an answer, which a later interviewer can drill into. */
export interface Claim {
  kind: ClaimKind;
  /** The words that carry it: 決済システムの移行プロジェクト, 三ヶ月, 設計の段階から関わりたい… */
  text: string;
  /** The sentence it was said in. */
  sentence: string;
  /** The category id of the question it answered ('other' when unknown). */
  category: string;
  questionId: string;
  source: PrepSource;
}

export type PredictionKind = 'follow_up' | 'round_category' | 'company_info' | 'repeat_weak';

export interface Prediction {
  id: string;
  kind: PredictionKind;
  /** The question as a next-round interviewer may put it (Japanese, with the English gloss). */
  text: Message;
  /** Why it is predicted, in words. */
  why: Message;
  /** The chain step or category it stands for: role, result, career_plan… */
  topic: string;
  score: number;
  /** Null for a common question of the round that nothing in the history prompted. */
  source: PrepSource | null;
}
