import type { PracticeAttemptView, PracticeScore, SpokenDelivery } from '@furikaeri/core';
import type { Db } from '../db/database';

/** What is kept of a spoken answer besides its text: the recording, the aims it was measured against, its audio. */
export interface StoredSpoken {
  recordingId: string;
  keyPoints: string[];
  targetMs: number;
  /** Null until the recording is decoded and its audio measured. */
  delivery: SpokenDelivery | null;
}

/** An attempt as kept: the view's fields, with the spoken answer's stored part and its recording while it exists. */
export interface PracticeAttempt extends Omit<PracticeAttemptView, 'spoken'> {
  spoken: StoredSpoken | null;
  /** The retention rules or the user may delete the recording; the measures stay. */
  recordingId: string | null;
}

interface AttemptRow {
  id: string;
  question_key: string;
  question: string;
  answer: string;
  duration_ms: number | null;
  score: string;
  spoken: string | null;
  recording_id: string | null;
  created_at: string;
}

const toAttempt = (row: AttemptRow): PracticeAttempt => ({
  id: row.id,
  questionKey: row.question_key,
  question: row.question,
  answer: row.answer,
  durationMs: row.duration_ms,
  score: JSON.parse(row.score) as PracticeScore | null,
  spoken: row.spoken ? (JSON.parse(row.spoken) as StoredSpoken) : null,
  recordingId: row.recording_id,
  createdAt: row.created_at,
});

/** Every practice attempt is kept, so progress per question shows over time. */
export class PracticeAttemptRepository {
  constructor(private readonly db: Db) {}

  /** `scopeId`: the company or application whose predicted question this was (prep-scope-repository.ts). */
  insert(attempt: Omit<PracticeAttempt, 'recordingId'> & { scopeId?: string | null }): PracticeAttempt {
    this.db
      .prepare(
        `INSERT INTO practice_attempts
           (id, question_key, question, answer, duration_ms, score, spoken, recording_id, created_at, scope_id)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        attempt.id,
        attempt.questionKey,
        attempt.question,
        attempt.answer,
        attempt.durationMs,
        JSON.stringify(attempt.score),
        attempt.spoken ? JSON.stringify(attempt.spoken) : null,
        attempt.spoken?.recordingId ?? null,
        attempt.createdAt,
        attempt.scopeId ?? null,
      );
    const { scopeId: _scope, ...stored } = attempt;
    return { ...stored, recordingId: attempt.spoken?.recordingId ?? null };
  }

  /** A spoken answer measured further: its audio, then its transcript's text measures. */
  update(attempt: PracticeAttempt): void {
    this.db
      .prepare('UPDATE practice_attempts SET answer = ?, duration_ms = ?, score = ?, spoken = ? WHERE id = ?')
      .run(
        attempt.answer,
        attempt.durationMs,
        JSON.stringify(attempt.score),
        attempt.spoken ? JSON.stringify(attempt.spoken) : null,
        attempt.id,
      );
  }

  find(id: string): PracticeAttempt | null {
    const row = this.db.prepare('SELECT * FROM practice_attempts WHERE id = ?').get(id) as AttemptRow | undefined;
    return row ? toAttempt(row) : null;
  }

  /** Oldest first; all questions when no key is given. */
  findByRecording(recordingId: string): PracticeAttempt | null {
    const row = this.db.prepare('SELECT * FROM practice_attempts WHERE recording_id = ?').get(recordingId);
    return row ? toAttempt(row as AttemptRow) : null;
  }

  list(questionKey?: string): PracticeAttempt[] {
    const rows = questionKey
      ? this.db
          .prepare('SELECT * FROM practice_attempts WHERE question_key = ? ORDER BY created_at, rowid')
          .all(questionKey)
      : this.db.prepare('SELECT * FROM practice_attempts ORDER BY created_at, rowid').all();
    return (rows as AttemptRow[]).map(toAttempt);
  }
}
