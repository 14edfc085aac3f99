import type { Db } from '../db/database';
import type { SearchRepository } from './search-repository';

export interface QuestionNote {
  segmentId: string;
  note: string;
  updatedAt: string;
}

/** The user's reflection on one question ("next time, lead with the number"), kept and searchable. */
export class QuestionNoteRepository {
  constructor(
    private readonly db: Db,
    private readonly search: SearchRepository,
  ) {}

  listForEvent(eventId: string): QuestionNote[] {
    return this.db
      .prepare(
        'SELECT segment_id AS segmentId, note, updated_at AS updatedAt FROM question_notes WHERE event_id = ? ORDER BY segment_id',
      )
      .all(eventId) as QuestionNote[];
  }

  /** An empty note deletes it. */
  save(eventId: string, segmentId: string, note: string, startMs: number | null, now: string): void {
    this.db.transaction(() => {
      if (note === '') {
        this.db.prepare('DELETE FROM question_notes WHERE event_id = ? AND segment_id = ?').run(eventId, segmentId);
      } else {
        this.db
          .prepare(
            `INSERT INTO question_notes (event_id, segment_id, note, updated_at) VALUES (?, ?, ?, ?)
             ON CONFLICT (event_id, segment_id) DO UPDATE SET note = excluded.note, updated_at = excluded.updated_at`,
          )
          .run(eventId, segmentId, note, now);
      }
      this.search.replaceOne(eventId, { kind: 'question-note', ref: segmentId, startMs, body: note });
    })();
  }
}
