import { findFillers } from '../analysis/metrics/fillers';
import type { Morpheme } from '../analysis/morphology';
import type { AnalysisNorms } from '../analysis/norms';
import { countSpokenCharacters } from '../analysis/text/characters';
import { countMorae } from '../analysis/text/morae';
import { keyPointMade } from './key-points';

export interface PracticeInput {
  text: string;
  /** Morphemes of `text` (for fillers); the server fills them in with kuromoji. */
  morphemes: readonly Morpheme[];
  /** How long I spoke (a spoken answer: its speaking time, as the review measures pace); null for a typed one. */
  durationMs: number | null;
  keyPoints: readonly string[];
  /** Morphemes of each key point, in order (the server's tokenizer): the point said inflected or in kana counts. */
  keyPointMorphemes?: ReadonlyArray<readonly Morpheme[]>;
  norms: AnalysisNorms;
}

export interface PracticeScore {
  characters: number;
  durationMs: number | null;
  charsPerMinute: number | null;
  /**
   * Morae (kana readings) per minute: kanji characters are not morae. For listeners 320–360 morae/min is
   * comfortable (Prafiyanto et al., Acoust. Sci. Tech. 39; DESIGN.md). Absent in attempts kept before it.
   */
  moraePerMinute?: number | null;
  fillers: number;
  fillerWords: string[];
  fillersPerMinute: number | null;
  /** Against the ~1 minute / ~300 characters guideline (DESIGN.md norms). */
  length: 'short' | 'ok' | 'long';
  /** The target the length was judged against, to say how far from it the answer was (absent in older attempts). */
  targetChars?: number;
  pace: 'slow' | 'ok' | 'fast' | null;
  keyPoints: Array<{ point: string; covered: boolean }>;
  /** 0…1: the share of my key points the answer made. */
  coverage: number | null;
}

/** A key point counts as made when the answer says it, in its words or in others (see key-points.ts). */
export function pointCovered(
  answer: string,
  point: string,
  morphemes?: { answer: readonly Morpheme[]; point: readonly Morpheme[] },
): boolean {
  return keyPointMade({ text: answer, morphemes: morphemes?.answer }, { text: point, morphemes: morphemes?.point });
}

/** Scores one practice answer at once: length, pace (when timed), fillers, the key points it made. */
export function scorePracticeAnswer(input: PracticeInput): PracticeScore {
  const { norms } = input;
  const characters = countSpokenCharacters(input.text);
  const segment = {
    id: 'practice',
    speaker: 'me',
    startMs: 0,
    endMs: input.durationMs ?? 0,
    text: input.text,
    confidence: null,
  };
  const fillers = findFillers(segment, input.morphemes, norms.fillers);
  const minutes = input.durationMs && input.durationMs > 0 ? input.durationMs / 60_000 : null;
  const charsPerMinute = minutes ? Math.round(characters / minutes) : null;
  const morae = countMorae(input.morphemes).morae;
  const keyPoints = input.keyPoints.map((point, index) => {
    const pointMorphemes = input.keyPointMorphemes?.[index];
    const forms = pointMorphemes ? { answer: input.morphemes, point: pointMorphemes } : undefined;
    return { point, covered: pointCovered(input.text, point, forms) };
  });
  const { targetChars, longAboveRatio } = norms.length;
  // Practice questions are open ones: "about a minute" has a band on both sides (norms.ts explains 0.6).
  const shortBelowRatio = norms.length.practiceShortBelowRatio;
  return {
    characters,
    durationMs: input.durationMs,
    charsPerMinute,
    moraePerMinute: minutes ? Math.round(morae / minutes) : null,
    fillers: fillers.length,
    fillerWords: fillers.map((filler) => filler.word),
    fillersPerMinute: minutes ? Math.round((fillers.length / minutes) * 10) / 10 : null,
    length:
      characters < targetChars * shortBelowRatio ? 'short' : characters > targetChars * longAboveRatio ? 'long' : 'ok',
    targetChars,
    pace:
      charsPerMinute === null
        ? null
        : charsPerMinute < norms.pace.slowCharsPerMinute
          ? 'slow'
          : charsPerMinute >= norms.pace.fastCharsPerMinute
            ? 'fast'
            : 'ok',
    keyPoints,
    coverage: keyPoints.length === 0 ? null : keyPoints.filter((k) => k.covered).length / keyPoints.length,
  };
}
