import type { EditableTranscript, TranscriptEdit, TranscriptSegment, TranscriptSpeaker } from '@furikaeri/core';
import type { Db } from '../db/database';

/** Enough to undo an evening of corrections; older steps are dropped so the history stays small. */
export const MAX_REVISIONS = 200;

export interface Revision extends EditableTranscript {
  revision: number;
  edit: TranscriptEdit;
}

/** The state before each edit, so undo restores it exactly (and survives a reload or a restart). */
export class TranscriptHistoryRepository {
  constructor(private readonly db: Db) {}

  push(transcriptId: string, before: EditableTranscript, edit: TranscriptEdit, now: string): void {
    const row = this.db
      .prepare('SELECT COALESCE(MAX(revision), 0) AS last FROM transcript_revisions WHERE transcript_id = ?')
      .get(transcriptId) as { last: number };
    this.db
      .prepare(
        `INSERT INTO transcript_revisions (transcript_id, revision, speakers, segments, edit, created_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(
        transcriptId,
        row.last + 1,
        JSON.stringify(before.speakers),
        JSON.stringify(before.segments),
        JSON.stringify(edit),
        now,
      );
    this.db
      .prepare('DELETE FROM transcript_revisions WHERE transcript_id = ? AND revision <= ?')
      .run(transcriptId, row.last + 1 - MAX_REVISIONS);
  }

  /** Removes and returns the newest revision, or null when there is nothing to undo. */
  pop(transcriptId: string): Revision | null {
    const row = this.db
      .prepare(
        'SELECT revision, speakers, segments, edit FROM transcript_revisions WHERE transcript_id = ? ORDER BY revision DESC LIMIT 1',
      )
      .get(transcriptId) as { revision: number; speakers: string; segments: string; edit: string } | undefined;
    if (!row) return null;
    this.db
      .prepare('DELETE FROM transcript_revisions WHERE transcript_id = ? AND revision = ?')
      .run(transcriptId, row.revision);
    return {
      revision: row.revision,
      speakers: JSON.parse(row.speakers) as TranscriptSpeaker[],
      segments: JSON.parse(row.segments) as TranscriptSegment[],
      edit: JSON.parse(row.edit) as TranscriptEdit,
    };
  }

  count(transcriptId: string): number {
    const row = this.db
      .prepare('SELECT COUNT(*) AS n FROM transcript_revisions WHERE transcript_id = ?')
      .get(transcriptId) as { n: number };
    return row.n;
  }
}
