import type { Db } from '../db/database';
import { centredSnippet } from './search-snippet';
import { matchShortTerms, type SearchRow } from './short-term-search';

/** What a search hit points at: a moment of a transcript, an event's notes, or a note on one question. */
export type SearchDocKind = 'segment' | 'event-note' | 'question-note';

export interface SearchDoc {
  kind: SearchDocKind;
  /** Segment id for segments and question notes; the event id for event notes. */
  ref: string;
  startMs: number | null;
  body: string;
}

export interface SearchHit extends SearchDoc {
  eventId: string;
  /** The matching passage with the match wrapped in ⟦ ⟧ (the UI turns them into <mark>). */
  snippet: string;
}

/**
 * FTS5 trigram matches need three characters; one- and two-character words are found through the same
 * index and two expression indexes (short-term-search.ts).
 */
const TRIGRAM_MIN_CHARS = 3;

export class SearchRepository {
  constructor(private readonly db: Db) {}

  /** Replaces every document of one kind for an event (called inside the caller's transaction). */
  replace(eventId: string, kind: SearchDocKind, docs: readonly SearchDoc[]): void {
    this.db.prepare('DELETE FROM search_docs WHERE event_id = ? AND kind = ?').run(eventId, kind);
    const insert = this.db.prepare(
      'INSERT INTO search_docs (event_id, kind, ref, start_ms, body) VALUES (?, ?, ?, ?, ?)',
    );
    for (const doc of docs) {
      if (doc.body.trim() !== '') insert.run(eventId, doc.kind, doc.ref, doc.startMs, doc.body);
    }
  }

  replaceOne(eventId: string, doc: SearchDoc): void {
    this.db
      .prepare('DELETE FROM search_docs WHERE event_id = ? AND kind = ? AND ref = ?')
      .run(eventId, doc.kind, doc.ref);
    if (doc.body.trim() !== '') {
      this.db
        .prepare('INSERT INTO search_docs (event_id, kind, ref, start_ms, body) VALUES (?, ?, ?, ?, ?)')
        .run(eventId, doc.kind, doc.ref, doc.startMs, doc.body);
    }
  }

  search(query: string, limit: number): SearchHit[] {
    const terms = query.normalize('NFC').trim().split(/\s+/u).filter(Boolean);
    if (terms.length === 0) return [];
    const rows = terms.every((term) => Array.from(term).length >= TRIGRAM_MIN_CHARS)
      ? this.matchTrigrams(terms, limit)
      : matchShortTerms(this.db, terms, limit);
    return rows.map((row) => ({
      eventId: row.event_id,
      kind: row.kind as SearchDocKind,
      ref: row.ref,
      startMs: row.start_ms,
      body: row.body,
      snippet: centredSnippet(row.body, terms),
    }));
  }

  private matchTrigrams(terms: string[], limit: number): SearchRow[] {
    // Each term is quoted: the user's text is data, never FTS syntax.
    const match = terms.map((term) => `"${term.replaceAll('"', '""')}"`).join(' AND ');
    return this.db
      .prepare(
        `SELECT d.event_id, d.kind, d.ref, d.start_ms, d.body
         FROM search_index JOIN search_docs d ON d.id = search_index.rowid
         WHERE search_index MATCH ? ORDER BY rank LIMIT ?`,
      )
      .all(match, limit) as SearchRow[];
  }
}
