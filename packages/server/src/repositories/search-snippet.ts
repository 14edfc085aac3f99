const SNIPPET_OPEN = '⟦';
const SNIPPET_CLOSE = '⟧';

/** Characters shown around a match, in all (about two lines of a search hit). */
const CONTEXT_CHARS = 64;

interface Occurrence {
  at: number;
  length: number;
  term: number;
}

/**
 * The passage of `body` centred on the match, with every occurrence of a term in it wrapped in ⟦ ⟧. Computed
 * here rather than by FTS5's snippet(), which counts trigrams, not characters: a long phrase late in a line
 * came back as its middle, unmarked, and a short word whose case differed from the query (ai / AI) as the
 * line's first 60 characters without the word. The match itself is never cut, however long.
 */
export function centredSnippet(body: string, terms: readonly string[]): string {
  const occurrences = findOccurrences(fold(body), terms.map(fold));
  const anchor = bestAnchor(occurrences, terms.length);
  if (!anchor) return `${body.slice(0, CONTEXT_CHARS)}${body.length > CONTEXT_CHARS ? '…' : ''}`;
  const window = Math.max(CONTEXT_CHARS, anchor.length);
  const centred = anchor.at - Math.floor((window - anchor.length) / 2);
  const start = Math.max(0, Math.min(centred, body.length - window));
  const end = Math.min(body.length, start + window);
  let text = '';
  let cursor = start;
  for (const found of occurrences) {
    if (found.at < cursor || found.at + found.length > end) continue;
    const match = body.slice(found.at, found.at + found.length);
    text += `${body.slice(cursor, found.at)}${SNIPPET_OPEN}${match}${SNIPPET_CLOSE}`;
    cursor = found.at + found.length;
  }
  text += body.slice(cursor, end);
  return `${start > 0 ? '…' : ''}${text}${end < body.length ? '…' : ''}`;
}

/** Lower case, one character for one, so that indexes in the folded text are indexes in the original. */
function fold(text: string): string {
  return Array.from(text, (char) => {
    const lower = char.toLowerCase();
    return lower.length === char.length ? lower : char;
  }).join('');
}

/** Every occurrence of every term, in text order; at one position the longest term comes first. */
function findOccurrences(text: string, terms: readonly string[]): Occurrence[] {
  const found: Occurrence[] = [];
  terms.forEach((term, index) => {
    if (term === '') return;
    for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) {
      found.push({ at, length: term.length, term: index });
    }
  });
  return found.sort((a, b) => a.at - b.at || b.length - a.length);
}

/** The occurrence whose window shows the most different terms; the earliest among equals. */
function bestAnchor(occurrences: readonly Occurrence[], termCount: number): Occurrence | undefined {
  let best: Occurrence | undefined;
  let bestCount = 0;
  for (const candidate of occurrences) {
    const near = new Set(
      occurrences
        .filter((other) => Math.abs(other.at - candidate.at) + other.length <= CONTEXT_CHARS)
        .map((other) => other.term),
    );
    if (near.size > bestCount) {
      best = candidate;
      bestCount = near.size;
      if (bestCount === termCount) break;
    }
  }
  return best;
}
