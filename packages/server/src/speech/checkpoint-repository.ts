import type { Db } from '../db/database';

/**
 * What a transcription run has finished, kept in the encrypted database: the plan (speech regions,
 * speakers, windows) and every recognised window. A run is identified by a key built from what
 * determines its result (model, language, diarization, the audio), so a resumed run never mixes in
 * the work of a run with other settings.
 */
export class CheckpointRepository {
  constructor(private readonly db: Db) {}

  /** Drops the recording's checkpoints that belong to any other run. */
  keepOnly(recordingId: string, runKey: string): void {
    this.db
      .prepare('DELETE FROM transcription_checkpoints WHERE recording_id = ? AND run_key <> ?')
      .run(recordingId, runKey);
  }

  load<T>(recordingId: string, runKey: string, part: string): T | null {
    const row = this.db
      .prepare('SELECT payload FROM transcription_checkpoints WHERE recording_id = ? AND run_key = ? AND part = ?')
      .get(recordingId, runKey, part) as { payload: string } | undefined;
    return row ? (JSON.parse(row.payload) as T) : null;
  }

  /** Every part whose name starts with `prefix`, by part name. */
  loadAll<T>(recordingId: string, runKey: string, prefix: string): Map<string, T> {
    const rows = this.db
      .prepare(
        `SELECT part, payload FROM transcription_checkpoints
           WHERE recording_id = ? AND run_key = ? AND substr(part, 1, ?) = ?`,
      )
      .all(recordingId, runKey, prefix.length, prefix) as { part: string; payload: string }[];
    return new Map(rows.map((row) => [row.part, JSON.parse(row.payload) as T]));
  }

  save(recordingId: string, runKey: string, part: string, payload: unknown, now: string): void {
    this.db
      .prepare(
        `INSERT INTO transcription_checkpoints (recording_id, part, run_key, payload, created_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (recording_id, part) DO UPDATE SET run_key = excluded.run_key, payload = excluded.payload,
             created_at = excluded.created_at`,
      )
      .run(recordingId, part, runKey, JSON.stringify(payload), now);
  }

  clear(recordingId: string): void {
    this.db.prepare('DELETE FROM transcription_checkpoints WHERE recording_id = ?').run(recordingId);
  }

  count(recordingId: string): number {
    const row = this.db
      .prepare('SELECT COUNT(*) AS n FROM transcription_checkpoints WHERE recording_id = ?')
      .get(recordingId) as { n: number };
    return row.n;
  }
}
