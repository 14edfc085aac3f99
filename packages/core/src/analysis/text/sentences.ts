import { boundedPieces, MAX_SENTENCE_CHARS } from './bounded-pieces';

/** A sentence with its character offsets in the text it came from. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/**
 * Splits at 。？！ (full and half width) and line breaks; an English "." ends a sentence only before a
 * space, so "1.5" and "e.g." inside words stay whole. Closing brackets stay with their sentence. A run
 * longer than MAX_SENTENCE_CHARS (unpunctuated ASR output) is cut into pieces of at most that length, so
 * that no step that works sentence by sentence can be handed an unbounded one.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const boundary = /[。！？!?]+[」』）)]*|\.(?=\s)|\.$|\n+/g;
  let start = 0;
  for (const match of text.matchAll(boundary)) {
    const end = (match.index ?? 0) + match[0].length;
    push(sentences, text, start, end);
    start = end;
  }
  push(sentences, text, start, text.length);
  return sentences;
}

function push(sentences: Sentence[], text: string, start: number, end: number): void {
  const raw = text.slice(start, end);
  const leading = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  if (trimmed === '') return;
  for (const piece of boundedPieces(trimmed, MAX_SENTENCE_CHARS)) {
    const at = start + leading + piece.start;
    sentences.push({ text: trimmed.slice(piece.start, piece.end), start: at, end: start + leading + piece.end });
  }
}

/** The clauses of a sentence (split at 、 and commas), for "is this word in the first clause" checks. */
export function clausesOf(sentence: string): string[] {
  return sentence
    .split(/[、,，]/)
    .map((clause) => clause.trim())
    .filter((clause) => clause !== '');
}
