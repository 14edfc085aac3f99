/** A cue in a question's wording, and how strongly it points to its category (./category-lexicon.ts). */
export interface Cue {
  pattern: RegExp;
  weight: number;
}

export const cue = (pattern: RegExp, weight: number): Cue => ({ pattern, weight });
