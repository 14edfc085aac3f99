import type { Db } from '../db/database';

/** A row as SearchRepository reads it (snippet null: the caller marks the match itself). */
export interface SearchRow {
  event_id: string;
  kind: string;
  ref: string;
  start_ms: number | null;
  body: string;
  snippet: string | null;
}

/** A two-character word with more trigrams than this is common enough for the scan to stop early. */
const MAX_EXPANSION = 400;

/**
 * Two-character words ("転職", "強み") through the trigram index, instead of a LIKE scan of every row (about
 * 0.7 s over 1,000 hours of transcript when the word is rare or absent).
 *
 * A text contains the bigram "xy" exactly when it has a trigram starting with "xy", or ends with "xy". The
 * first set comes from the index's vocabulary (a term range, read through an in-memory fts5vocab table); the
 * second from the expression index search_docs_tail (migration 7). Returns null when it cannot help (a
 * one-character term, or a bigram so common that the LIKE scan finds enough rows at once).
 */
export function matchShortTerms(db: Db, terms: readonly string[], limit: number): SearchRow[] | null {
  if (terms.some((term) => Array.from(term).length < 2)) return null;
  const operands: string[] = [];
  for (const term of terms) {
    if (Array.from(term).length >= 3) {
      operands.push(quote(term));
      continue;
    }
    const trigrams = prefixTrigrams(db, term);
    if (trigrams.length > MAX_EXPANSION) return null;
    operands.push(trigrams.length > 0 ? `(${trigrams.map(quote).join(' OR ')})` : '');
  }
  const rows = operands.every(Boolean) ? matchIndex(db, operands.join(' AND '), limit) : [];
  return mergeById(rows, tailMatches(db, terms, limit), limit);
}

function prefixTrigrams(db: Db, term: string): string[] {
  db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_vocab USING fts5vocab(main, search_index, 'row')");
  // The trigram tokenizer folds case; its terms compare as bytes, so [xy, x(y+1)) is every "xy?".
  const from = term.toLowerCase();
  const chars = Array.from(from);
  const last = (chars.pop() as string).codePointAt(0) as number;
  const to = `${chars.join('')}${String.fromCodePoint(last + 1)}`;
  const rows = db.prepare('SELECT term FROM temp.search_vocab WHERE term >= ? AND term < ?').all(from, to);
  return rows.map((row) => (row as { term: string }).term);
}

function matchIndex(db: Db, match: string, limit: number): (SearchRow & { id: number })[] {
  // Index order (oldest first), no ranking: a bigram's rank says little, and LIMIT can stop early.
  return db
    .prepare(
      `SELECT d.id, d.event_id, d.kind, d.ref, d.start_ms, d.body, NULL AS snippet
       FROM search_index JOIN search_docs d ON d.id = search_index.rowid
       WHERE search_index MATCH ? LIMIT ?`,
    )
    .all(match, limit) as (SearchRow & { id: number })[];
}

/** Texts that end with one of the bigrams (no trigram starts there) and contain the other terms. */
function tailMatches(db: Db, terms: readonly string[], limit: number): (SearchRow & { id: number })[] {
  const rows: (SearchRow & { id: number })[] = [];
  for (const term of terms.filter((candidate) => Array.from(candidate).length === 2)) {
    const others = terms.filter((other) => other !== term);
    const contains = others.map(() => ' AND instr(lower(body), lower(?)) > 0').join('');
    rows.push(
      ...(db
        .prepare(
          `SELECT id, event_id, kind, ref, start_ms, body, NULL AS snippet FROM search_docs
           WHERE lower(substr(body, -2)) = lower(?)${contains} LIMIT ?`,
        )
        .all(term, ...others, limit) as (SearchRow & { id: number })[]),
    );
  }
  return rows;
}

function mergeById(
  first: (SearchRow & { id: number })[],
  second: (SearchRow & { id: number })[],
  limit: number,
): SearchRow[] {
  const seen = new Set<number>();
  const merged: SearchRow[] = [];
  for (const { id, ...row } of [...first, ...second]) {
    if (seen.has(id)) continue;
    seen.add(id);
    merged.push(row);
    if (merged.length === limit) break;
  }
  return merged;
}

/** The user's text is data, never FTS syntax. */
function quote(term: string): string {
  return `"${term.replaceAll('"', '""')}"`;
}
