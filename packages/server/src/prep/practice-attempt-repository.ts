import type { PracticeAttemptView, PracticeScore } from '@furikaeri/core';
import type { Db } from '../db/database';

export type PracticeAttempt = PracticeAttemptView;

interface AttemptRow {
  id: string;
  question_key: string;
  question: string;
  answer: string;
  duration_ms: number | null;
  score: string;
  created_at: string;
}

const toAttempt = (row: AttemptRow): PracticeAttempt => ({
  id: row.id,
  questionKey: row.question_key,
  question: row.question,
  answer: row.answer,
  durationMs: row.duration_ms,
  score: JSON.parse(row.score) as PracticeScore,
  createdAt: row.created_at,
});

/** Every practice attempt is kept, so progress per question shows over time. */
export class PracticeAttemptRepository {
  constructor(private readonly db: Db) {}

  insert(attempt: PracticeAttempt): PracticeAttempt {
    this.db
      .prepare(
        `INSERT INTO practice_attempts (id, question_key, question, answer, duration_ms, score, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        attempt.id,
        attempt.questionKey,
        attempt.question,
        attempt.answer,
        attempt.durationMs,
        JSON.stringify(attempt.score),
        attempt.createdAt,
      );
    return attempt;
  }

  /** Oldest first; all questions when no key is given. */
  list(questionKey?: string): PracticeAttempt[] {
    const rows = questionKey
      ? this.db
          .prepare('SELECT * FROM practice_attempts WHERE question_key = ? ORDER BY created_at, rowid')
          .all(questionKey)
      : this.db.prepare('SELECT * FROM practice_attempts ORDER BY created_at, rowid').all();
    return (rows as AttemptRow[]).map(toAttempt);
  }
}
