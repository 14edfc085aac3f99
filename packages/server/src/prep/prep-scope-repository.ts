import type { Db } from '../db/database';

/** The tables whose rows belong to a company or an application through their `scope_id`. */
const SCOPED_TABLES = ['prep_notes', 'prep_reverse_questions', 'prep_job_kinds', 'practice_attempts'] as const;

/**
 * The one place where the preparation of a company or an application (drafts, key points, 逆質問, the kind
 * of job as corrected, practice attempts at its predicted questions) goes with it. Best-answer marks name an event and go with the event
 * (foreign key). Called inside the caller's transaction, before the company or application row is deleted.
 */
export class PrepScopeRepository {
  constructor(private readonly db: Db) {}

  /** The recordings of spoken practice attempts at these scopes' predicted questions (their audio goes too). */
  practiceRecordings(scopeIds: readonly string[]): string[] {
    if (scopeIds.length === 0) return [];
    const rows = this.db
      .prepare(
        `SELECT recording_id FROM practice_attempts
         WHERE recording_id IS NOT NULL AND scope_id IN (${marks(scopeIds)})`,
      )
      .all(...scopeIds) as Array<{ recording_id: string }>;
    return rows.map((row) => row.recording_id);
  }

  deleteScopes(scopeIds: readonly string[]): void {
    if (scopeIds.length === 0) return;
    for (const table of SCOPED_TABLES) {
      this.db.prepare(`DELETE FROM ${table} WHERE scope_id IN (${marks(scopeIds)})`).run(...scopeIds);
    }
  }
}

const marks = (values: readonly unknown[]) => values.map(() => '?').join(', ');
