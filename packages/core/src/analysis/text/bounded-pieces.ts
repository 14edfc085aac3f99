/**
 * The longest stretch of text the analysis treats as one sentence, and the longest text it sends to the
 * morphological analyser in one piece. Not a norm of speech but a bound on work: a spoken Japanese sentence
 * is far shorter than this, yet ASR output and typed notes without punctuation arrive as one endless
 * "sentence", and kuromoji's cost per unpunctuated run grows faster than its length (measured: 50,000
 * characters in one run take 36 s, 100,000 take 270 s; the same text in runs of 200 takes well under 1 s per
 * 100,000). Capping the run keeps every per-sentence step linear in the whole text.
 */
export const MAX_SENTENCE_CHARS = 200;

/** A piece of a text: [start, end) in UTF-16 units. */
export interface TextPiece {
  start: number;
  end: number;
}

const SENTENCE_END = /[。！？!?\n]/;
const CLAUSE_END = /[、,，\s]/;
const HIRAGANA = /[\u3041-\u309f]/;

/**
 * Cuts a text into consecutive pieces of at most `maxChars` that together cover it exactly (nothing is
 * dropped). A text within the limit is one piece. A longer one is cut, looking back from the limit over its
 * second half, after a sentence end, else after a comma or space, else where hiragana (a particle or an
 * inflection) meets a kanji or katakana word, else at the limit. Linear in the length of the text.
 */
export function boundedPieces(text: string, maxChars = MAX_SENTENCE_CHARS): TextPiece[] {
  const pieces: TextPiece[] = [];
  let start = 0;
  while (text.length - start > maxChars) {
    const end = cutBefore(text, start, start + maxChars);
    pieces.push({ start, end });
    start = end;
  }
  if (start < text.length || pieces.length === 0) pieces.push({ start, end: text.length });
  return pieces;
}

function cutBefore(text: string, start: number, limit: number): number {
  const earliest = start + Math.max(1, Math.floor((limit - start) / 2));
  const after = (pattern: RegExp) => {
    for (let at = limit; at >= earliest; at -= 1) if (pattern.test(text.charAt(at - 1))) return at;
    return -1;
  };
  const sentence = after(SENTENCE_END);
  if (sentence !== -1) return sentence;
  const clause = after(CLAUSE_END);
  if (clause !== -1) return clause;
  for (let at = limit; at >= earliest; at -= 1) {
    if (HIRAGANA.test(text.charAt(at - 1)) && !HIRAGANA.test(text.charAt(at))) return at;
  }
  return isLowSurrogate(text.charCodeAt(limit)) ? limit - 1 : limit;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
