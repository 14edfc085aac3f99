import type { Db } from '../db/database';
import { visibleDocs } from './hidden-search-docs';

/** A row as SearchRepository reads it (it cuts the snippet itself: search-snippet.ts). */
export interface SearchRow {
  event_id: string;
  kind: string;
  ref: string;
  start_ms: number | null;
  body: string;
}

type IdentifiedRow = SearchRow & { id: number };

/**
 * The newest rows the LIKE probe reads before the index is consulted (about 7 ms over 1,000 hours of
 * transcript). A word with enough hits among them is common, and those hits are the answer.
 */
const PROBE_ROWS = 10_000;

/** A short word with more trigrams than this makes the index query slower than a scan of every row. */
const MAX_EXPANSION = 400;

const COLUMNS = 'id, event_id, kind, ref, start_ms, body';

/**
 * One- and two-character words ("鬱", "転職") through the trigram index, instead of a LIKE scan of every row
 * (0.6–1.1 s over 1,000 hours of transcript when the word is rare or absent). Hits come newest first.
 *
 * A text contains "x" or "xy" exactly when it has a trigram starting with it, or the word sits in its
 * last two characters, where no trigram starts. The trigrams come from the index's vocabulary (a term
 * range, read through an in-memory fts5vocab table), the last characters from the expression indexes
 * search_docs_tail and search_docs_last. A common word would expand to many trigrams with long doclists;
 * the probe over the newest rows answers it first.
 */
export function matchShortTerms(db: Db, terms: readonly string[], limit: number, probeRows = PROBE_ROWS): SearchRow[] {
  const probed = matchLike(db, terms, limit, newestIdsFrom(db, probeRows));
  if (probed.length === limit) return probed.map(withoutId);
  const operands: string[] = [];
  for (const term of terms) {
    if (Array.from(term).length >= 3) {
      operands.push(quote(term));
      continue;
    }
    const trigrams = trigramsStartingWith(db, term);
    if (trigrams.length > MAX_EXPANSION) return matchLike(db, terms, limit, 0).map(withoutId);
    operands.push(trigrams.length > 0 ? `(${trigrams.map(quote).join(' OR ')})` : '');
  }
  const indexed = operands.every(Boolean) ? matchIndex(db, operands.join(' AND '), limit) : [];
  return newestFirst([...indexed, ...tailMatches(db, terms, limit)], limit);
}

/** The smallest id among the newest `rows` rows (the rowid range the probe reads). */
function newestIdsFrom(db: Db, rows: number): number {
  const newest = db.prepare('SELECT MAX(id) AS id FROM search_docs').get() as { id: number | null };
  return (newest.id ?? 0) - rows + 1;
}

/** Rows with id ≥ `fromId` that contain every term, newest first. */
function matchLike(db: Db, terms: readonly string[], limit: number, fromId: number): IdentifiedRow[] {
  const where = terms.map(() => `body LIKE ? ESCAPE '\\'`).join(' AND ');
  const patterns = terms.map((term) => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  return db
    .prepare(
      `SELECT ${COLUMNS} FROM search_docs WHERE id >= ? AND ${where} AND ${visibleDocs()} ORDER BY id DESC LIMIT ?`,
    )
    .all(fromId, ...patterns, limit) as IdentifiedRow[];
}

function trigramsStartingWith(db: Db, term: string): string[] {
  db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_vocab USING fts5vocab(main, search_index, 'row')");
  // The trigram tokenizer folds case; its terms compare as bytes (code point order), so [x, x+1) is every
  // term that starts with x.
  const from = term.toLowerCase();
  const upper = upperBound(from);
  const rows = upper
    ? db.prepare('SELECT term FROM temp.search_vocab WHERE term >= ? AND term < ?').all(from, upper)
    : db.prepare('SELECT term FROM temp.search_vocab WHERE term >= ?').all(from);
  return rows.map((row) => (row as { term: string }).term);
}

/** The least string above every string that starts with `prefix`; null when there is none. */
export function upperBound(prefix: string): string | null {
  const chars = Array.from(prefix);
  const last = chars.pop()?.codePointAt(0);
  if (last === undefined || last >= 0x10ffff) return null;
  // Surrogate code points are not characters: the one after U+D7FF is U+E000.
  const next = last + 1 === 0xd800 ? 0xe000 : last + 1;
  return `${chars.join('')}${String.fromCodePoint(next)}`;
}

function matchIndex(db: Db, match: string, limit: number): IdentifiedRow[] {
  // No ranking: a short word's rank says little, and in rowid order LIMIT can stop early.
  return db
    .prepare(
      `SELECT d.id, d.event_id, d.kind, d.ref, d.start_ms, d.body
       FROM search_index JOIN search_docs d ON d.id = search_index.rowid
       WHERE search_index MATCH ? AND ${visibleDocs('d.kind')} ORDER BY search_index.rowid DESC LIMIT ?`,
    )
    .all(match, limit) as IdentifiedRow[];
}

/**
 * Texts where a short word sits in the last two characters (no trigram starts there) and that contain the
 * other terms. The expressions are the ones migrations 8 and 11 index, so SQLite can use those indexes.
 */
function tailMatches(db: Db, terms: readonly string[], limit: number): IdentifiedRow[] {
  const rows: IdentifiedRow[] = [];
  for (const term of terms.filter((candidate) => Array.from(candidate).length < 3)) {
    const others = terms.filter((other) => other !== term);
    const contains = `${others.map(() => ' AND instr(lower(body), lower(?)) > 0').join('')} AND ${visibleDocs()}`;
    const folded = term.toLowerCase();
    if (Array.from(folded).length === 2) {
      rows.push(
        ...(db
          .prepare(
            `SELECT ${COLUMNS} FROM search_docs WHERE lower(substr(body, -2)) = ?${contains} ORDER BY id DESC LIMIT ?`,
          )
          .all(folded, ...others, limit) as IdentifiedRow[]),
      );
      continue;
    }
    // One character: second to last (the two-character tail starts with it) or last.
    const upper = upperBound(folded);
    const below = upper === null ? '' : ' AND lower(substr(body, -2)) < ?';
    rows.push(
      ...(db
        .prepare(
          `SELECT ${COLUMNS} FROM search_docs
           WHERE lower(substr(body, -2)) >= ?${below}${contains} ORDER BY id DESC LIMIT ?`,
        )
        .all(folded, ...(upper === null ? [] : [upper]), ...others, limit) as IdentifiedRow[]),
      ...(db
        .prepare(
          `SELECT ${COLUMNS} FROM search_docs WHERE lower(substr(body, -1)) = ?${contains} ORDER BY id DESC LIMIT ?`,
        )
        .all(folded, ...others, limit) as IdentifiedRow[]),
    );
  }
  return rows;
}

function newestFirst(rows: readonly IdentifiedRow[], limit: number): SearchRow[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return [...byId.values()]
    .sort((a, b) => b.id - a.id)
    .slice(0, limit)
    .map(withoutId);
}

function withoutId({ id: _id, ...row }: IdentifiedRow): SearchRow {
  return row;
}

/** The user's text is data, never FTS syntax. */
function quote(term: string): string {
  return `"${term.replaceAll('"', '""')}"`;
}
