import type { Job, JobStatus, JobTarget, JobType, Message } from '@furikaeri/core';
import type { Db } from '../db/database';
import { fromJsonColumn, toJsonColumn } from './json-column';

interface JobRow {
  id: string;
  type: string;
  recording_id: string | null;
  event_id: string | null;
  status: string;
  progress: number | null;
  message: string | null;
  attempts: number;
  cancel_requested: number;
  owner: string | null;
  heartbeat_at: number | null;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
}

function toJob(row: JobRow): Job {
  return {
    id: row.id,
    type: row.type as JobType,
    recordingId: row.recording_id,
    eventId: row.event_id,
    status: row.status as JobStatus,
    progress: row.progress,
    message: fromJsonColumn<Message>(row.message),
    attempts: row.attempts,
    cancelRequested: row.cancel_requested === 1,
    createdAt: row.created_at,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
  };
}

/**
 * Jobs are leased, not locked: a worker owns a running job while it keeps the heartbeat fresh.
 * A job whose owner died (crash, kill -9) has a stale heartbeat and is claimed again on the next pass,
 * which is how jobs survive a restart and how a CLI and a server can share one database.
 */
export class JobRepository {
  constructor(private readonly db: Db) {}

  insert(id: string, type: JobType, target: JobTarget, now: string): Job {
    this.db
      .prepare(
        `INSERT INTO jobs (id, type, recording_id, event_id, status, created_at) VALUES (?, ?, ?, ?, 'queued', ?)`,
      )
      .run(id, type, target.recordingId, target.eventId, now);
    return this.require(id);
  }

  /** Takes the oldest runnable job of the given types: queued, or running under an expired lease. */
  claimNext(types: readonly JobType[], owner: string, nowMs: number, leaseMs: number, now: string): Job | null {
    if (types.length === 0) return null;
    const placeholders = types.map(() => '?').join(', ');
    const claim = this.db.transaction(() => {
      const row = this.db
        .prepare(
          `SELECT id FROM jobs WHERE type IN (${placeholders}) AND cancel_requested = 0
             AND (status = 'queued' OR (status = 'running' AND heartbeat_at < ?))
           ORDER BY created_at, rowid LIMIT 1`,
        )
        .get(...types, nowMs - leaseMs) as { id: string } | undefined;
      if (!row) return null;
      this.db
        .prepare(
          `UPDATE jobs SET status = 'running', owner = ?, heartbeat_at = ?, attempts = attempts + 1,
             started_at = COALESCE(started_at, ?), progress = NULL, message = NULL WHERE id = ?`,
        )
        .run(owner, nowMs, now, row.id);
      return row.id;
    });
    const id = claim.immediate();
    return id ? this.require(id) : null;
  }

  /** Progress doubles as the heartbeat. Returns false when the lease was lost to another worker. */
  heartbeat(id: string, owner: string, nowMs: number, progress: number | null, message: Message | null): boolean {
    const result = this.db
      .prepare(
        `UPDATE jobs SET heartbeat_at = ?, progress = ?, message = ? WHERE id = ? AND owner = ? AND status = 'running'`,
      )
      .run(nowMs, progress, toJsonColumn(message), id, owner);
    return result.changes === 1;
  }

  finish(id: string, owner: string, status: JobStatus, message: Message | null, now: string): boolean {
    const result = this.db
      .prepare(
        `UPDATE jobs SET status = ?, message = ?, finished_at = ?, heartbeat_at = NULL,
           progress = CASE WHEN ? = 'succeeded' THEN 1 ELSE progress END
         WHERE id = ? AND owner = ? AND status = 'running'`,
      )
      .run(status, toJsonColumn(message), now, status, id, owner);
    return result.changes === 1;
  }

  /** Hands a running job back to the queue (graceful shutdown), keeping its attempt count. */
  release(id: string, owner: string): void {
    this.db
      .prepare(
        `UPDATE jobs SET status = 'queued', owner = NULL, heartbeat_at = NULL WHERE id = ? AND owner = ? AND status = 'running'`,
      )
      .run(id, owner);
  }

  /** Queued jobs end at once; running ones are flagged and their worker stops at its next heartbeat. */
  requestCancel(id: string, now: string): Job | null {
    this.db.transaction(() => {
      this.db.prepare(`UPDATE jobs SET cancel_requested = 1 WHERE id = ? AND status IN ('queued', 'running')`).run(id);
      this.db
        .prepare(`UPDATE jobs SET status = 'cancelled', finished_at = ? WHERE id = ? AND status = 'queued'`)
        .run(now, id);
    })();
    return this.find(id);
  }

  isCancelRequested(id: string): boolean {
    const row = this.db.prepare('SELECT cancel_requested FROM jobs WHERE id = ?').get(id) as
      | { cancel_requested: number }
      | undefined;
    return row?.cancel_requested === 1;
  }

  find(id: string): Job | null {
    const row = this.db.prepare('SELECT * FROM jobs WHERE id = ?').get(id) as JobRow | undefined;
    return row ? toJob(row) : null;
  }

  require(id: string): Job {
    const job = this.find(id);
    if (!job) throw new Error(`job ${id} vanished`);
    return job;
  }

  listByRecording(recordingId: string): Job[] {
    const rows = this.db
      .prepare('SELECT * FROM jobs WHERE recording_id = ? ORDER BY created_at, rowid')
      .all(recordingId) as JobRow[];
    return rows.map(toJob);
  }

  listActive(): Job[] {
    const rows = this.db
      .prepare(`SELECT * FROM jobs WHERE status IN ('queued', 'running') ORDER BY created_at, rowid`)
      .all() as JobRow[];
    return rows.map(toJob);
  }

  /** Latest job of each type for a recording: what the library shows as the pipeline's state. */
  latestByRecording(recordingId: string): Job[] {
    const rows = this.db
      .prepare(
        `SELECT * FROM jobs WHERE rowid IN (SELECT MAX(rowid) FROM jobs WHERE recording_id = ? GROUP BY type)
         ORDER BY created_at, rowid`,
      )
      .all(recordingId) as JobRow[];
    return rows.map(toJob);
  }

  /** A queued (not yet started) job of this type for the event, so repeated edits coalesce into one re-run. */
  hasQueuedForEvent(type: JobType, eventId: string): boolean {
    const row = this.db
      .prepare(`SELECT 1 FROM jobs WHERE type = ? AND event_id = ? AND status = 'queued' AND cancel_requested = 0`)
      .get(type, eventId);
    return row !== undefined;
  }
}
