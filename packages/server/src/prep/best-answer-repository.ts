import type { Db } from '../db/database';

export interface BestAnswer {
  groupKey: string;
  eventId: string;
  questionId: string;
}

/** Which of my answers to a (grouped) question I marked as my best. */
export class BestAnswerRepository {
  constructor(private readonly db: Db) {}

  all(): BestAnswer[] {
    return this.db
      .prepare('SELECT group_key AS groupKey, event_id AS eventId, question_id AS questionId FROM best_answers')
      .all() as BestAnswer[];
  }

  mark(best: BestAnswer, now: string): void {
    this.db
      .prepare(
        `INSERT INTO best_answers (group_key, event_id, question_id, marked_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (group_key) DO UPDATE SET event_id = excluded.event_id, question_id = excluded.question_id,
           marked_at = excluded.marked_at`,
      )
      .run(best.groupKey, best.eventId, best.questionId, now);
  }

  clear(groupKey: string): void {
    this.db.prepare('DELETE FROM best_answers WHERE group_key = ?').run(groupKey);
  }
}
