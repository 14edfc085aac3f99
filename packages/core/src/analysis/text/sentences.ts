/** A sentence with its character offsets in the text it came from. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/**
 * Splits at 。？！ (full and half width) and line breaks; an English "." ends a sentence only before a
 * space, so "1.5" and "e.g." inside words stay whole. Closing brackets stay with their sentence.
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
  sentences.push({ text: trimmed, start: start + leading, end: start + leading + trimmed.length });
}

/** The clauses of a sentence (split at 、 and commas), for "is this word in the first clause" checks. */
export function clausesOf(sentence: string): string[] {
  return sentence
    .split(/[、,，]/)
    .map((clause) => clause.trim())
    .filter((clause) => clause !== '');
}
