import type { Application, Company, JobEvent, Recording } from '../domain/entities';
import type { Job } from '../domain/jobs';
import type { Message } from '../domain/message';
import type { Transcript } from '../transcript/model';

/** Shapes the HTTP API returns; shared by server and web so both sides agree at compile time. */

export interface RecordingView extends Recording {
  /** The latest job of each pipeline stage, in pipeline order. */
  jobs: Job[];
}

export interface EventSummary extends JobEvent {
  companyName: string | null;
  recordingCount: number;
  totalDurationMs: number;
}

export interface EventDetail {
  event: JobEvent;
  company: Company | null;
  application: Application | null;
  recordings: RecordingView[];
}

export interface CompanySummary extends Company {
  applicationCount: number;
  eventCount: number;
  lastEventDate: string | null;
}

export interface CompanyDetail {
  company: Company;
  applications: Application[];
  events: EventSummary[];
}

/**
 * What deleting a company or an application takes with it, counted before the user confirms
 * (GET /api/companies/:id/deletion, /api/applications/:id/deletion).
 */
export interface DeletionImpact {
  /** The company's applications (0 for an application). */
  applications: number;
  /** Events deleted with it: a company's. An application's events stay with the company (`eventsKept`). */
  events: number;
  /** An application's events, which stay with the company, no longer linked to an application. */
  eventsKept: number;
  /** Recordings deleted: those of the deleted events, and spoken practice takes at its questions. */
  recordings: number;
  /** Of those, how many still have their audio files (retention may have deleted some already), and their size. */
  audioFiles: number;
  audioBytes: number;
  /** Transcripts deleted (the events' current ones and the takes'). */
  transcripts: number;
  /** Practice attempts at its questions (typed or spoken). */
  practiceAttempts: number;
  /** Drafts and key points written on the prep page. */
  drafts: number;
}

export interface IngestResult {
  recording: RecordingView;
  job: Job;
}

/** One server-sent event on /api/stream. */
export type StreamMessage =
  | { type: 'job'; job: Job }
  | { type: 'recording'; recording: Recording }
  | { type: 'recording-deleted'; recordingId: string; refused?: ImportRefusal };

/**
 * An imported file refused only once it was decoded (shorter than 1 s, undecodable): the recording and
 * its stored original are gone, and this says which file it was and why.
 */
export interface ImportRefusal {
  eventId: string;
  originalName: string;
  reason: Message;
}

/** Whether the encrypted library is open: GET /api/vault. */
export type VaultState = 'uninitialised' | 'locked' | 'unlocked';

export interface VaultStatus {
  state: VaultState;
  autoLockMinutes: number;
}

/** GET /api/storage: what is stored and how large. */
export interface StorageReport {
  dataDir: string;
  databaseBytes: number;
  audioBytes: number;
  /**
   * Files not saved yet (`*.partial`): uploads, imports and recordings in progress, or what a killed server
   * left behind until its next start removes it.
   */
  unfinished: { files: number; bytes: number };
  totalBytes: number;
  recordings: StoredRecording[];
}

export interface StoredRecording {
  id: string;
  eventId: string;
  originalName: string;
  storedBytes: number;
  durationMs: number | null;
}

/** GET /api/events/:id/transcript: the current transcript, how many edits can be undone, my notes per question. */
export interface TranscriptView {
  transcript: Transcript | null;
  undoSteps: number;
  questionNotes: Record<string, string>;
}

/** One hit of GET /api/search; `snippet` marks the match with ⟦ ⟧. */
export interface SearchHitView {
  kind: 'segment' | 'event-note' | 'question-note';
  ref: string;
  startMs: number | null;
  snippet: string;
}

/** Hits grouped by event, in the order of their best hit. */
export interface SearchResultGroup {
  event: EventSummary;
  hits: SearchHitView[];
}

export interface SearchResults {
  query: string;
  groups: SearchResultGroup[];
  /** True when more hits exist than were returned. */
  truncated: boolean;
}
