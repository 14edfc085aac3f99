import type { AnalysisReport } from '@furikaeri/core';
import type { Db } from '../db/database';

export interface StoredAnalysis {
  id: string;
  eventId: string;
  transcriptId: string;
  report: AnalysisReport;
  createdAt: string;
}

interface AnalysisRow {
  id: string;
  event_id: string;
  transcript_id: string;
  report: string;
  created_at: string;
}

/** Reports per event in the `analyses` table; the latest one is shown, older ones stay as history. */
export class AnalysisRepository {
  constructor(private readonly db: Db) {}

  insert(analysis: StoredAnalysis): StoredAnalysis {
    this.db
      .prepare('INSERT INTO analyses (id, event_id, transcript_id, report, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(analysis.id, analysis.eventId, analysis.transcriptId, JSON.stringify(analysis.report), analysis.createdAt);
    return analysis;
  }

  latestForEvent(eventId: string): StoredAnalysis | null {
    const row = this.db
      .prepare('SELECT * FROM analyses WHERE event_id = ? ORDER BY created_at DESC, rowid DESC LIMIT 1')
      .get(eventId) as AnalysisRow | undefined;
    return row
      ? {
          id: row.id,
          eventId: row.event_id,
          transcriptId: row.transcript_id,
          report: JSON.parse(row.report) as AnalysisReport,
          createdAt: row.created_at,
        }
      : null;
  }

  countForEvent(eventId: string): number {
    const row = this.db.prepare('SELECT COUNT(*) AS count FROM analyses WHERE event_id = ?').get(eventId) as {
      count: number;
    };
    return row.count;
  }
}
