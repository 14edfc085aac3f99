import {
  type AudioProcessing,
  type Bookmark,
  type CaptureMode,
  type ConsentState,
  durationMsOf,
  type LiveSessionStatus,
  type LiveSessionView,
  type PracticeTake,
} from '@furikaeri/core';
import type { Db } from '../db/database';

interface SessionRow {
  id: string;
  recording_id: string;
  event_id: string;
  mode: string;
  practice: number;
  sample_rate: number;
  channels: number;
  processing: string;
  consent: string;
  status: string;
  next_seq: number;
  saved_bytes: number;
  continues: string | null;
  started_at: string;
  updated_at: string;
  finished_at: string | null;
  practice_attempt: string | null;
}

/** A session as stored, with the event's consent at the start (the recording keeps it as evidence). */
export interface StoredSession extends LiveSessionView {
  consent: ConsentState;
  /** A practice-mode take's question: its recording becomes that attempt when saved (prep/spoken-practice.ts). */
  practiceAttempt: PracticeTake | null;
}

function toSession(row: SessionRow): StoredSession {
  const format = { sampleRate: row.sample_rate, channels: row.channels === 2 ? 2 : 1 } as const;
  return {
    id: row.id,
    recordingId: row.recording_id,
    eventId: row.event_id,
    mode: row.mode as CaptureMode,
    practice: row.practice === 1,
    format,
    processing: JSON.parse(row.processing) as AudioProcessing,
    consent: row.consent as ConsentState,
    status: row.status as LiveSessionStatus,
    nextSeq: row.next_seq,
    savedBytes: row.saved_bytes,
    savedMs: durationMsOf(row.saved_bytes, format),
    continues: row.continues,
    startedAt: row.started_at,
    updatedAt: row.updated_at,
    finishedAt: row.finished_at,
    practiceAttempt: row.practice_attempt ? (JSON.parse(row.practice_attempt) as PracticeTake) : null,
  };
}

export type NewSession = Pick<
  StoredSession,
  | 'id'
  | 'recordingId'
  | 'eventId'
  | 'mode'
  | 'practice'
  | 'format'
  | 'processing'
  | 'consent'
  | 'continues'
  | 'practiceAttempt'
>;

/** Live sessions and bookmarks in SQLite. Writes are single statements: each is atomic on its own. */
export class LiveSessionRepository {
  constructor(private readonly db: Db) {}

  insert(session: NewSession, now: string): void {
    this.db
      .prepare(
        `INSERT INTO live_sessions (id, recording_id, event_id, mode, practice, sample_rate, channels, processing,
           consent, status, continues, started_at, updated_at, practice_attempt)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'recording', ?, ?, ?, ?)`,
      )
      .run(
        session.id,
        session.recordingId,
        session.eventId,
        session.mode,
        session.practice ? 1 : 0,
        session.format.sampleRate,
        session.format.channels,
        JSON.stringify(session.processing),
        session.consent,
        session.continues,
        now,
        now,
        session.practiceAttempt ? JSON.stringify(session.practiceAttempt) : null,
      );
    // With synchronous = NORMAL a commit reaches the disk only at the next checkpoint; the session row must
    // survive a power cut with its journal, so it is checkpointed (which syncs the WAL) now.
    this.db.pragma('wal_checkpoint(PASSIVE)');
  }

  /** Called after the chunk is on disk and before it is acknowledged. */
  recordChunk(id: string, nextSeq: number, savedBytes: number, now: string): void {
    this.db
      .prepare('UPDATE live_sessions SET next_seq = ?, saved_bytes = ?, updated_at = ? WHERE id = ?')
      .run(nextSeq, savedBytes, now, id);
  }

  finish(id: string, status: Exclude<LiveSessionStatus, 'recording'>, savedBytes: number, now: string): void {
    this.db
      .prepare('UPDATE live_sessions SET status = ?, saved_bytes = ?, updated_at = ?, finished_at = ? WHERE id = ?')
      .run(status, savedBytes, now, now, id);
  }

  find(id: string): StoredSession | null {
    const row = this.db.prepare('SELECT * FROM live_sessions WHERE id = ?').get(id) as SessionRow | undefined;
    return row ? toSession(row) : null;
  }

  findByRecording(recordingId: string): StoredSession | null {
    const row = this.db.prepare('SELECT * FROM live_sessions WHERE recording_id = ?').get(recordingId) as
      | SessionRow
      | undefined;
    return row ? toSession(row) : null;
  }

  listOpen(): StoredSession[] {
    const rows = this.db.prepare(`SELECT * FROM live_sessions WHERE status = 'recording'`).all() as SessionRow[];
    return rows.map(toSession);
  }

  /** Saved sessions, newest first: a crash during saving may have left their journal behind. */
  listSavedRecordingIds(limit = 50): string[] {
    return (
      this.db
        .prepare(
          `SELECT recording_id FROM live_sessions WHERE status IN ('finished', 'recovered') ORDER BY finished_at DESC LIMIT ?`,
        )
        .all(limit) as { recording_id: string }[]
    ).map((row) => row.recording_id);
  }

  /** A resent bookmark (same moment) is stored once; the stored one is returned. */
  addBookmark(bookmark: Bookmark): Bookmark {
    this.db
      .prepare('INSERT OR IGNORE INTO bookmarks (id, recording_id, offset_ms, created_at) VALUES (?, ?, ?, ?)')
      .run(bookmark.id, bookmark.recordingId, bookmark.offsetMs, bookmark.createdAt);
    return this.bookmarks(bookmark.recordingId).find((stored) => stored.offsetMs === bookmark.offsetMs) ?? bookmark;
  }

  bookmarks(recordingId: string): Bookmark[] {
    const rows = this.db
      .prepare('SELECT * FROM bookmarks WHERE recording_id = ? ORDER BY offset_ms, created_at')
      .all(recordingId) as { id: string; recording_id: string; offset_ms: number; created_at: string }[];
    return rows.map((row) => ({
      id: row.id,
      recordingId: row.recording_id,
      offsetMs: row.offset_ms,
      createdAt: row.created_at,
    }));
  }

  deleteBookmarks(recordingId: string): void {
    this.db.prepare('DELETE FROM bookmarks WHERE recording_id = ?').run(recordingId);
  }
}
