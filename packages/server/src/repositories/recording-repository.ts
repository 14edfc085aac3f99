import type {
  ConsentState,
  MediaInfo,
  Message,
  PcmInfo,
  Recording,
  RecordingManifest,
  RecordingSource,
  RecordingStatus,
} from '@furikaeri/core';
import type { Db } from '../db/database';
import { fromJsonColumn, toJsonColumn } from './json-column';

interface RecordingRow {
  id: string;
  event_id: string;
  source: string;
  original_name: string;
  size_bytes: number;
  content_hash: string;
  status: string;
  media: string | null;
  pcm: string | null;
  warning: string | null;
  error: string | null;
  consent: string;
  audio_deleted_at: string | null;
  created_at: string;
  updated_at: string;
}

function toRecording(row: RecordingRow): Recording {
  return {
    id: row.id,
    eventId: row.event_id,
    source: row.source as RecordingSource,
    originalName: row.original_name,
    sizeBytes: row.size_bytes,
    contentHash: row.content_hash,
    status: row.status as RecordingStatus,
    media: fromJsonColumn<MediaInfo>(row.media),
    pcm: fromJsonColumn<PcmInfo>(row.pcm),
    warning: fromJsonColumn<Message>(row.warning),
    error: fromJsonColumn<Message>(row.error),
    consent: row.consent as ConsentState,
    audioDeletedAt: row.audio_deleted_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** A recording as ingest creates it: always importing, with the probe's answer already known. */
export type NewRecording = Pick<
  Recording,
  'id' | 'eventId' | 'source' | 'originalName' | 'sizeBytes' | 'contentHash' | 'consent'
> & { media: MediaInfo; manifest: RecordingManifest; originalFrameHashes: string[] };

export interface ImportOutcome {
  status: RecordingStatus;
  media?: MediaInfo | null;
  pcm?: PcmInfo | null;
  warning?: Message | null;
  error?: Message | null;
  /** The manifest with the PCM's seal added, when the import produced PCM. */
  manifest?: RecordingManifest;
}

export class RecordingRepository {
  constructor(private readonly db: Db) {}

  insert(recording: NewRecording, now: string): void {
    this.db
      .prepare(
        `INSERT INTO recordings (id, event_id, source, original_name, size_bytes, content_hash, status, media, consent,
           manifest, original_frame_hashes, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, 'importing', ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        recording.id,
        recording.eventId,
        recording.source,
        recording.originalName,
        recording.sizeBytes,
        recording.contentHash,
        toJsonColumn(recording.media),
        recording.consent,
        toJsonColumn(recording.manifest),
        recording.originalFrameHashes.join('\n'),
        now,
        now,
      );
  }

  /** Writes the result of an import in one statement, so a recording never looks complete without its PCM info. */
  finishImport(id: string, outcome: ImportOutcome, now: string): void {
    this.db
      .prepare(
        `UPDATE recordings SET status = ?, media = ?, pcm = ?, warning = ?, error = ?, manifest = COALESCE(?, manifest),
           updated_at = ? WHERE id = ?`,
      )
      .run(
        outcome.status,
        toJsonColumn(outcome.media ?? null),
        toJsonColumn(outcome.pcm ?? null),
        toJsonColumn(outcome.warning ?? null),
        toJsonColumn(outcome.error ?? null),
        toJsonColumn(outcome.manifest ?? null),
        now,
        id,
      );
  }

  markImporting(id: string, now: string): void {
    this.db
      .prepare(
        `UPDATE recordings SET status = 'importing', pcm = NULL, warning = NULL, error = NULL, updated_at = ? WHERE id = ?`,
      )
      .run(now, id);
  }

  manifest(id: string): RecordingManifest | null {
    const row = this.db.prepare('SELECT manifest FROM recordings WHERE id = ?').get(id) as
      | { manifest: string | null }
      | undefined;
    return fromJsonColumn<RecordingManifest>(row?.manifest ?? null);
  }

  originalFrameHashes(id: string): string[] {
    const row = this.db.prepare('SELECT original_frame_hashes FROM recordings WHERE id = ?').get(id) as
      | { original_frame_hashes: string | null }
      | undefined;
    return row?.original_frame_hashes ? row.original_frame_hashes.split('\n') : [];
  }

  /**
   * Recordings whose audio is still stored and whose event belongs to a closed application, with the
   * date it closed; the retention sweep decides which are due.
   */
  listWithClosedApplication(): { id: string; closedAt: string }[] {
    return this.db
      .prepare(
        `SELECT r.id AS id, a.closed_at AS closedAt FROM recordings r
           JOIN events e ON e.id = r.event_id
           JOIN applications a ON a.id = e.application_id
         WHERE a.closed_at IS NOT NULL AND r.audio_deleted_at IS NULL`,
      )
      .all() as { id: string; closedAt: string }[];
  }

  markAudioDeleted(id: string, now: string): void {
    this.db.prepare('UPDATE recordings SET audio_deleted_at = ?, updated_at = ? WHERE id = ?').run(now, now, id);
  }

  delete(id: string): void {
    this.db.prepare('DELETE FROM recordings WHERE id = ?').run(id);
  }

  find(id: string): Recording | null {
    const row = this.db.prepare('SELECT * FROM recordings WHERE id = ?').get(id) as RecordingRow | undefined;
    return row ? toRecording(row) : null;
  }

  /** A recording with the same bytes that is kept in the library (failed and cancelled imports do not count). */
  findKeptByHash(contentHash: string): Recording | null {
    const row = this.db
      .prepare(
        `SELECT * FROM recordings WHERE content_hash = ? AND status IN ('importing', 'ready') ORDER BY created_at LIMIT 1`,
      )
      .get(contentHash) as RecordingRow | undefined;
    return row ? toRecording(row) : null;
  }

  /** Count and total decoded length per event, in one query for the library list. */
  statsByEvent(): Map<string, { count: number; durationMs: number }> {
    const rows = this.db
      .prepare(
        `SELECT event_id, COUNT(*) AS count, COALESCE(SUM(json_extract(pcm, '$.durationMs')), 0) AS duration_ms
         FROM recordings GROUP BY event_id`,
      )
      .all() as { event_id: string; count: number; duration_ms: number }[];
    return new Map(rows.map((row) => [row.event_id, { count: row.count, durationMs: row.duration_ms }]));
  }

  /**
   * Whether an event holds a recording or one being recorded (a live session's recording row only exists once
   * it is saved, and the session goes with its event by foreign key).
   */
  holdsAudio(eventId: string): boolean {
    const row = this.db
      .prepare(
        `SELECT EXISTS (SELECT 1 FROM recordings WHERE event_id = ?)
           OR EXISTS (SELECT 1 FROM live_sessions WHERE event_id = ?) AS held`,
      )
      .get(eventId, eventId) as { held: number };
    return row.held === 1;
  }

  listByEvent(eventId: string): Recording[] {
    const rows = this.db
      .prepare('SELECT * FROM recordings WHERE event_id = ? ORDER BY created_at')
      .all(eventId) as RecordingRow[];
    return rows.map(toRecording);
  }

  list(): Recording[] {
    return (this.db.prepare('SELECT * FROM recordings ORDER BY created_at DESC').all() as RecordingRow[]).map(
      toRecording,
    );
  }
}
