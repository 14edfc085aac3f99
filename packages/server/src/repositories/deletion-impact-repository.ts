import type { DeletionImpact } from '@furikaeri/core';
import type { Db } from '../db/database';

/** What a deletion takes, as the confirmation lists it; the library service names the events and scopes. */
export type DeletionCounts = Omit<DeletionImpact, 'applications' | 'events' | 'eventsKept'>;

/**
 * Counts what deleting a company or an application removes, with the same reach as the deletion itself
 * (LibraryService.deleteCompany / deleteWithPrep): the events' recordings and current transcripts, and the
 * scopes' practice attempts, their spoken takes (recordings in the day's practice event) and drafts.
 */
export class DeletionImpactRepository {
  constructor(private readonly db: Db) {}

  count(eventIds: readonly string[], scopeIds: readonly string[]): DeletionCounts {
    const events = JSON.stringify(eventIds);
    const scopes = JSON.stringify(scopeIds);
    const takes = `SELECT recording_id FROM practice_attempts
      WHERE recording_id IS NOT NULL AND scope_id IN (SELECT value FROM json_each(@scopes))`;
    const recordings = this.db
      .prepare(
        `SELECT COUNT(*) AS count,
           COALESCE(SUM(audio_deleted_at IS NULL), 0) AS audio_files,
           COALESCE(SUM(CASE WHEN audio_deleted_at IS NULL THEN size_bytes ELSE 0 END), 0) AS audio_bytes
         FROM recordings
         WHERE event_id IN (SELECT value FROM json_each(@events)) OR id IN (${takes})`,
      )
      .get({ events, scopes }) as { count: number; audio_files: number; audio_bytes: number };
    const scalar = (sql: string) => (this.db.prepare(sql).get({ events, scopes }) as { n: number }).n;
    return {
      recordings: recordings.count,
      audioFiles: recordings.audio_files,
      audioBytes: recordings.audio_bytes,
      transcripts: scalar(
        `SELECT COUNT(*) AS n FROM transcripts
         WHERE (is_current = 1 AND event_id IN (SELECT value FROM json_each(@events))) OR recording_id IN (${takes})`,
      ),
      practiceAttempts: scalar(
        'SELECT COUNT(*) AS n FROM practice_attempts WHERE scope_id IN (SELECT value FROM json_each(@scopes))',
      ),
      drafts: scalar('SELECT COUNT(*) AS n FROM prep_notes WHERE scope_id IN (SELECT value FROM json_each(@scopes))'),
    };
  }
}
