import type { Message } from '../../domain/message';

/** What the linker needs to know about each question, in order. */
export interface LinkCandidate {
  /** The question sentences. */
  text: string;
  /** The whole turn the question was asked in. */
  turnText: string;
  isPrompt: boolean;
  /** Asked as a bare topic (「担当エリアは」, 「チームは何人くらい」): it leans on what was just said. */
  elliptical?: boolean;
  /** Content words of the question and of my answer to it. */
  questionWords: string[];
  answerWords: string[];
  /** Content words of the whole turn (the remark before the question included). */
  turnWords?: string[];
  /** Content words of the other candidates' replies (a group interview): a drill-down may take up theirs. */
  otherReplyWords?: string[];
  /** A private matter (家族, 結婚…, see fair-selection): it drills into no answer, whatever its opening. */
  privateMatter?: boolean;
}

export interface FollowUpLink {
  parent: number;
  reason: Message;
}

/** A link found, with how: a word pointing at the last answer keeps it there; a count may go to its story. */
export interface Linked {
  link: FollowUpLink;
  /** Linked by a word pointing at the last answer (それは, その…): it stays with that answer. */
  pointer: boolean;
  count: boolean;
}

export function linkedTo(parent: number, reason: Message, pointer = false): Linked {
  return { link: { parent, reason }, pointer, count: false };
}

/** The words of the first list that the others also hold, each once. */
export function overlap(words: readonly string[], others: readonly string[]): string[] {
  const pool = new Set(others);
  return [...new Set(words)].filter((word) => pool.has(word));
}
