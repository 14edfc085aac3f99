import type { IsoTimestamp } from '../domain/entities';
import type { Message } from '../domain/message';

/**
 * Who a speaker is in the conversation. The analysis needs roles, not names: questions come from the
 * interviewer (or moderator), answers from "me", and group discussions compare me with other candidates.
 */
export const SPEAKER_ROLES = ['interviewer', 'me', 'candidate', 'moderator', 'unknown'] as const;
export type SpeakerRole = (typeof SPEAKER_ROLES)[number];

export interface TranscriptSpeaker {
  /** Stable key used by segments: "S1", "mic", or the name in an imported file ("面接官"). */
  key: string;
  /** What the user sees; editable (面接官, 自分, a name). */
  label: string;
  role: SpeakerRole;
  /**
   * Set when the role was inferred, not chosen by the user (see transcript/roles): the UI shows it as a
   * guess with its evidence until the user confirms or changes it, which removes these three fields.
   */
  guessed?: true;
  /** 0…1, with `guessed`. */
  confidence?: number;
  /** Why the role was guessed ("asked 7 questions", 「本日はよろしく…」), with `guessed`. */
  evidence?: Message[];
}

/** Timing of one word or character, when the engine gives it (token timestamps). */
export interface TranscriptToken {
  text: string;
  startMs: number;
  endMs: number;
}

export interface TranscriptSegment {
  /** Unique within its transcript ("seg-1"…); edits and analysis refer to it. */
  id: string;
  speaker: string;
  startMs: number;
  endMs: number;
  text: string;
  /** 0…1 from the engine, or null (imported text, fake engine without scores). */
  confidence: number | null;
  tokens?: TranscriptToken[];
}

/** A stretch of detected speech (VAD); gaps between them are the pauses the analysis measures. */
export interface SpeechRegion {
  startMs: number;
  endMs: number;
}

export type TranscriptSource =
  | {
      kind: 'asr';
      engine: string;
      model: string;
      diarization: DiarizationMethod;
      /** What the user should know about how it was made (a fallback taken, the fake engine used). */
      notes?: Message[];
    }
  | {
      kind: 'import';
      format: TranscriptFormat;
      fileName: string;
      /** True when the file had no usable times (plain text) and they were estimated: no pace or pauses then. */
      estimatedTiming?: boolean;
    }
  | { kind: 'manual' };

export type DiarizationMethod = 'channels' | 'neural' | 'fallback' | 'none';

export const TRANSCRIPT_FORMATS = ['vtt', 'srt', 'text', 'json'] as const;
export type TranscriptFormat = (typeof TRANSCRIPT_FORMATS)[number];

/** What the speech pipeline produces and what an imported file becomes; the analysis reads this. */
export interface TranscriptContent {
  /** BCP 47 primary tag: "ja", "en". */
  language: string;
  source: TranscriptSource;
  speakers: TranscriptSpeaker[];
  segments: TranscriptSegment[];
  /** Empty for imported text without audio. */
  speechRegions: SpeechRegion[];
}

/** A stored transcript. An event may hold several; exactly one is current (re-runs replace it when done). */
export interface Transcript extends TranscriptContent {
  id: string;
  eventId: string;
  /** Null for a transcript imported without audio. */
  recordingId: string | null;
  createdAt: IsoTimestamp;
  updatedAt: IsoTimestamp;
}
