import type { RecordingView } from '../api/views';
import type { IsoTimestamp } from '../domain/entities';
import type { Message } from '../domain/message';
import type { PracticeTake } from '../prep/views';
import type { CaptureFormat } from './capture-format';

/** In person: the microphone alone. Online: the microphone plus the shared tab or system audio. */
export const CAPTURE_MODES = ['in_person', 'online'] as const;
export type CaptureMode = (typeof CAPTURE_MODES)[number];

/**
 * The browser's voice processing. Off by default: echo cancellation and noise suppression reshape the
 * voice and auto gain flattens its loudness, which the pitch and pace analysis reads as delivery.
 */
export interface AudioProcessing {
  echoCancellation: boolean;
  noiseSuppression: boolean;
  autoGainControl: boolean;
}

export const FAITHFUL_PROCESSING: AudioProcessing = {
  echoCancellation: false,
  noiseSuppression: false,
  autoGainControl: false,
};

/**
 * recording: chunks are arriving. finished: stopped by the user and saved. recovered: it ended without a
 * stop (tab closed, browser or server crashed) and was saved from what had reached the disk.
 * discarded: less than a second arrived; nothing was kept.
 */
export const LIVE_SESSION_STATUSES = ['recording', 'finished', 'recovered', 'discarded'] as const;
export type LiveSessionStatus = (typeof LIVE_SESSION_STATUSES)[number];

export interface StartLiveSessionInput {
  mode: CaptureMode;
  /** A practice run: recorded exactly like the real thing, into a practice event of its own. */
  practice: boolean;
  format: CaptureFormat;
  processing: AudioProcessing;
  /** The session this one continues after the server had to finalise it (see docs/decisions.md). */
  continues: string | null;
  /** A practice-mode take: the question it answers, so its recording becomes that attempt however it is saved. */
  practiceAttempt?: PracticeTake | null;
}

export interface LiveSessionView {
  id: string;
  /** The recording this session becomes; it appears in the library once the session is saved. */
  recordingId: string;
  eventId: string;
  mode: CaptureMode;
  practice: boolean;
  format: CaptureFormat;
  processing: AudioProcessing;
  status: LiveSessionStatus;
  /** The next chunk the server expects; every chunk before it is on disk. */
  nextSeq: number;
  savedBytes: number;
  savedMs: number;
  continues: string | null;
  startedAt: IsoTimestamp;
  updatedAt: IsoTimestamp;
  finishedAt: IsoTimestamp | null;
}

/** The answer to a chunk: it (and every one before it) is on disk. */
export interface ChunkAck {
  seq: number;
  nextSeq: number;
  savedMs: number;
  /** The chunk had arrived before (a resend after a lost answer); nothing was written twice. */
  duplicate: boolean;
}

/** A moment the user marked during the interview, to find it again in the review. */
export interface Bookmark {
  id: string;
  recordingId: string;
  /** From the start of the recording, in recorded time (pauses are not in the recording). */
  offsetMs: number;
  createdAt: IsoTimestamp;
}

export const STOP_REASONS = ['user', 'page_closed', 'device_lost'] as const;
export type StopReason = (typeof STOP_REASONS)[number];

export interface LiveStopResult {
  session: LiveSessionView;
  /** The saved recording, now going through import → transcribe → analyse; null when nothing was kept. */
  recording: RecordingView | null;
  /** What was saved, in words. */
  message: Message;
}

/** GET /api/live/capacity: whether the disk holds a recording of the expected length. */
export interface DiskCapacity {
  freeBytes: number;
  neededBytes: number;
  minutes: number;
  enough: boolean;
  /** How long a recording the free space holds. */
  maxMinutes: number;
}
