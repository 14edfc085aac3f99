import type { EventType, InterviewRound } from '../domain/labels';
import type { ChecklistItem, PrepNote } from './checklist';
import type { ConsistencyWarning } from './consistency';
import type { GdPrep } from './gd-prep';
import type { JobChoice, JobProfile } from './job-profile';
import type { PracticeScore } from './practice-score';
import type { PredictionSet } from './predict';
import type { BankGroup, QuestionBank } from './question-bank';
import type { SpokenDelivery } from './spoken-delivery';
import type { Prediction } from './types';

/** An event a prediction or warning links to, as the prep page names it. */
export interface PrepEventRef {
  id: string;
  type: EventType;
  round: InterviewRound | null;
  date: string;
  title: string;
  companyName: string | null;
}

/** GET /api/prep/:target — what the prep page and `furikaeri prep` show. */
export interface PrepView {
  company: { id: string; name: string };
  application: { id: string; role: string } | null;
  /** The company's applications, to prepare one of them (the page's chooser). */
  applications: Array<{ id: string; role: string }>;
  /** Where drafts and 逆質問 are kept: the application's id, or the company's on the company-wide page. */
  scopeId: string;
  targetRound: InterviewRound;
  /** The round prepared for when none is chosen: the one after the latest held for the application. */
  defaultRound: InterviewRound;
  /** The kind of job the round's common questions are worded for (unknown parts: the neutral list). */
  job: JobProfile;
  /** The kind of job guessed from the application's role and history, with the company's correction over it. */
  jobGuess: PredictionSet['jobGuess'];
  /** The user's correction, kept with this scope's prep (null parts: the guess applies). */
  jobChoice: JobChoice;
  predictions: Prediction[];
  warnings: ConsistencyWarning[];
  /**
   * How many of my transcribed events (all companies) the consistency check compared: under two, "no
   * warnings" means nothing was compared, and the page says so rather than "no contradictions".
   */
  consistencyEvents: number;
  /** My drafts: this scope's, then the company-wide ones (kept before drafts were per application). */
  notes: PrepNoteView[];
  /** The 逆質問 of this scope. */
  reverseQuestions: string[];
  /** On an application's page: the company-wide 逆質問 (kept before they were per application). */
  companyReverseQuestions: string[];
  checklist: ChecklistItem[];
  events: PrepEventRef[];
  /** Events of the company with no transcript yet: nothing could be predicted from them. */
  withoutTranscript: number;
}

/** A draft as the prep page shows it: company-wide ones are shown on every application's page, marked. */
export interface PrepNoteView extends PrepNote {
  companyWide: boolean;
}

export interface BankGroupView extends BankGroup {
  best: { eventId: string; questionId: string } | null;
}

/** GET /api/question-bank */
export interface QuestionBankView extends Omit<QuestionBank, 'groups'> {
  groups: BankGroupView[];
}

/** GET /api/gd-prep */
export type GdPrepView = GdPrep;

export type PracticeSetKind = 'predicted' | 'category' | 'weak' | 'bank';

export interface PracticeQuestion {
  /** Stable key of the question (the bank group key, or the predicted text) for attempts and progress. */
  key: string;
  text: string;
  keyPoints: string[];
  /** The length to aim for, in seconds (≈1 minute for open questions, DESIGN.md norms). */
  targetSeconds: number;
  /**
   * The company or application a predicted question was made for (or the only one that asked a bank
   * question): its attempts go with it when it is deleted. Null for the generic bank and shared questions.
   */
  scopeId: string | null;
  /**
   * Set on a question of a kind the user's own history has none of yet: it is the generic one of that kind
   * (genericQuestionsOf), and the page says so.
   */
  generic?: true;
}

/**
 * The practice question a recorder take answers. The practice page sends it when the take starts and the
 * server keeps it with the take's session, so a take saved after a crashed tab still becomes its attempt.
 */
export interface PracticeTake {
  questionKey: string;
  question: string;
  keyPoints: string[];
  scopeId: string | null;
}

export interface PracticeAttemptView {
  id: string;
  questionKey: string;
  question: string;
  answer: string;
  durationMs: number | null;
  /** The text measures; null for a spoken answer until its transcript exists. */
  score: PracticeScore | null;
  /** A spoken answer: its recording (in the vault, in the day's practice event) and what its audio showed. */
  spoken: SpokenAttempt | null;
  createdAt: string;
}

/**
 * Where the transcript of a spoken answer stands: made; being made; no speech model installed (the
 * recording is kept, the text measures come once one is); or a model exists now but this take was never
 * transcribed (re-analysis offered). The audio may also have been deleted by the retention rules, or its
 * decoding failed (the library's recording offers the retry).
 */
export type SpokenTranscriptState = 'done' | 'pending' | 'no_model' | 'not_transcribed' | 'audio_deleted' | 'failed';

export interface SpokenAttempt {
  recordingId: string;
  /** Null while the recording is still being decoded (the import job). */
  delivery: SpokenDelivery | null;
  transcript: SpokenTranscriptState;
}
