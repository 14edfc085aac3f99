import { type JobChoice, NO_JOB_CHOICE, type PrepNote } from '@furikaeri/core';
import type { Db } from '../db/database';

interface NoteRow {
  question: string;
  draft: string;
  key_points: string;
}

/**
 * My preparation for a company or an application (its id is the scope): per question a draft answer and
 * the key points I want to make, the questions I want to ask (逆質問), and the kind of job as I corrected it.
 * Kept in the encrypted database.
 */
export class PrepNotesRepository {
  constructor(private readonly db: Db) {}

  notes(scopeId: string): PrepNote[] {
    const rows = this.db
      .prepare('SELECT question, draft, key_points FROM prep_notes WHERE scope_id = ? ORDER BY updated_at')
      .all(scopeId) as NoteRow[];
    return rows.map((row) => ({
      question: row.question,
      draft: row.draft,
      keyPoints: JSON.parse(row.key_points) as string[],
    }));
  }

  /** An empty draft with no key points deletes the note. */
  saveNote(scopeId: string, note: PrepNote, now: string): void {
    if (note.draft.trim() === '' && note.keyPoints.length === 0) {
      this.db.prepare('DELETE FROM prep_notes WHERE scope_id = ? AND question = ?').run(scopeId, note.question);
      return;
    }
    this.db
      .prepare(
        `INSERT INTO prep_notes (scope_id, question, draft, key_points, updated_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (scope_id, question) DO UPDATE SET draft = excluded.draft, key_points = excluded.key_points,
           updated_at = excluded.updated_at`,
      )
      .run(scopeId, note.question, note.draft, JSON.stringify(note.keyPoints), now);
  }

  reverseQuestions(scopeId: string): string[] {
    const row = this.db.prepare('SELECT questions FROM prep_reverse_questions WHERE scope_id = ?').get(scopeId) as
      | { questions: string }
      | undefined;
    return row ? (JSON.parse(row.questions) as string[]) : [];
  }

  jobChoice(scopeId: string): JobChoice {
    const row = this.db.prepare('SELECT field, track FROM prep_job_kinds WHERE scope_id = ?').get(scopeId) as
      | JobChoice
      | undefined;
    return row ? { field: row.field, track: row.track } : NO_JOB_CHOICE;
  }

  /** Both parts back to the guess delete the row. */
  saveJobChoice(scopeId: string, choice: JobChoice, now: string): void {
    if (choice.field === null && choice.track === null) {
      this.db.prepare('DELETE FROM prep_job_kinds WHERE scope_id = ?').run(scopeId);
      return;
    }
    this.db
      .prepare(
        `INSERT INTO prep_job_kinds (scope_id, field, track, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (scope_id) DO UPDATE SET field = excluded.field, track = excluded.track,
           updated_at = excluded.updated_at`,
      )
      .run(scopeId, choice.field, choice.track, now);
  }

  saveReverseQuestions(scopeId: string, questions: readonly string[], now: string): void {
    this.db
      .prepare(
        `INSERT INTO prep_reverse_questions (scope_id, questions, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (scope_id) DO UPDATE SET questions = excluded.questions, updated_at = excluded.updated_at`,
      )
      .run(scopeId, JSON.stringify(questions), now);
  }
}
