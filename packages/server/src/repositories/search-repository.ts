import type { Db } from '../db/database';
import { hitKind, invisibleDocs, transcriptDocsKind, visibleDocs } from './hidden-search-docs';
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

  /**
   * Inserts `docs` from index `from` under `kind`, in one transaction, until `deadline` (performance.now())
   * has passed; resolves with the index to continue from. Large imports write their documents this way, in
   * slices short enough for the main thread to answer a lock between them.
   */
  insertUntil(eventId: string, kind: string, docs: readonly SearchDoc[], from: number, deadline: number): number {
    const insert = this.db.prepare(
      'INSERT INTO search_docs (event_id, kind, ref, start_ms, body) VALUES (?, ?, ?, ?, ?)',
    );
    let next = from;
    this.db.transaction(() => {
      while (next < docs.length && (next === from || performance.now() < deadline)) {
        const doc = docs[next];
        if (doc && doc.body.trim() !== '') insert.run(eventId, kind, doc.ref, doc.startMs, doc.body);
        next += 1;
      }
    })();
    return next;
  }

  /**
   * Marks up to `limit` of the event's `segment` documents as the current transcript's own (they were), so
   * that they go out of search the moment another transcript becomes current; resolves with how many.
   */
  claimSegmentDocs(eventId: string, transcriptId: string, limit: number): number {
    return this.db
      .prepare(
        `UPDATE search_docs SET kind = ? WHERE id IN
           (SELECT id FROM search_docs WHERE event_id = ? AND kind = 'segment' LIMIT ?)`,
      )
      .run(transcriptDocsKind(transcriptId), eventId, limit).changes;
  }

  /** Replaces the event's segment documents: those of kind `segment` and those written for `transcriptId`. */
  replaceSegments(eventId: string, transcriptId: string, docs: readonly SearchDoc[]): void {
    this.db
      .prepare('DELETE FROM search_docs WHERE event_id = ? AND kind = ?')
      .run(eventId, transcriptDocsKind(transcriptId));
    this.replace(eventId, 'segment', docs);
  }

  /** Deletes up to `limit` of an event's documents of one kind; resolves with how many went. */
  deleteSome(eventId: string, kind: string, limit: number): number {
    return this.db
      .prepare(
        'DELETE FROM search_docs WHERE id IN (SELECT id FROM search_docs WHERE event_id = ? AND kind = ? LIMIT ?)',
      )
      .run(eventId, kind, limit).changes;
  }

  /** Removes documents of transcripts that are not current (hidden-search-docs.ts), event by event. */
  removeInvisible(): number {
    const events = this.db.prepare('SELECT id FROM events').all() as { id: string }[];
    const remove = this.db.prepare(`DELETE FROM search_docs WHERE event_id = ? AND ${invisibleDocs()}`);
    return events.reduce((removed, event) => removed + remove.run(event.id).changes, 0);
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
      kind: hitKind(row.kind) as SearchDocKind,
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
         WHERE search_index MATCH ? AND ${visibleDocs('d.kind')} ORDER BY rank LIMIT ?`,
      )
      .all(match, limit) as SearchRow[];
  }
}
