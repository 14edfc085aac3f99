import type { ApplicationStatus, ConsentState, EventType, InterviewRound } from './labels';
import type { Message } from './message';

/** Timestamps are ISO-8601 strings in UTC; dates of events are local calendar dates (YYYY-MM-DD). */
export type IsoTimestamp = string;

/** What every stored entity carries besides the fields the user edits. */
export interface Stored {
  id: string;
  createdAt: IsoTimestamp;
  updatedAt: IsoTimestamp;
}

export interface CompanyFields {
  name: string;
  notes: string;
}

export interface Company extends Stored, CompanyFields {}

export interface ApplicationFields {
  companyId: string;
  role: string;
  status: ApplicationStatus;
  notes: string;
}

export interface Application extends Stored, ApplicationFields {
  /** When the status last became accepted, rejected or withdrawn; null while open. */
  closedAt: IsoTimestamp | null;
}

/** Who was there. Names are optional: many users only note "面接官 (部長)". */
export interface Participant {
  name: string;
  role: string;
}

/** The user-editable fields of an event. */
export interface EventFields {
  companyId: string | null;
  applicationId: string | null;
  type: EventType;
  /** Only interviews have a round. */
  round: InterviewRound | null;
  title: string;
  /** Local calendar date, YYYY-MM-DD. */
  date: string;
  /** Local time of day, HH:MM, when known. */
  time: string | null;
  participants: Participant[];
  notes: string;
  consent: ConsentState;
}

/** An interview, OB/OG visit, roundtable… Named JobEvent to keep clear of the DOM's Event. */
export interface JobEvent extends Stored, EventFields {}

export const RECORDING_STATUSES = ['importing', 'ready', 'failed', 'cancelled'] as const;
export type RecordingStatus = (typeof RECORDING_STATUSES)[number];

export type RecordingSource = 'import' | 'recorder';

/** What ffprobe says about the original file. */
export interface MediaInfo {
  durationMs: number;
  sampleRate: number;
  channels: number;
  codec: string;
  container: string;
  bitRate: number | null;
}

/** The decoded 16-bit PCM the speech pipeline reads; channels are kept as recorded. */
export interface PcmInfo {
  sampleRate: number;
  channels: number;
  bytes: number;
  durationMs: number;
}

export interface Recording {
  id: string;
  eventId: string;
  source: RecordingSource;
  originalName: string;
  sizeBytes: number;
  contentHash: string;
  status: RecordingStatus;
  media: MediaInfo | null;
  pcm: PcmInfo | null;
  /** Set when the import succeeded with a caveat, e.g. a truncated file of which only part could be decoded. */
  warning: Message | null;
  error: Message | null;
  /** The event's consent state at the time the recording was added; kept with the recording as evidence. */
  consent: ConsentState;
  /** Set when the retention setting deleted the audio; the recording's text and metadata stay. */
  audioDeletedAt: IsoTimestamp | null;
  createdAt: IsoTimestamp;
  updatedAt: IsoTimestamp;
}
