import { findFillers } from '../analysis/metrics/fillers';
import type { Morpheme } from '../analysis/morphology';
import type { AnalysisNorms } from '../analysis/norms';
import { countSpokenCharacters } from '../analysis/text/characters';
import { countMorae } from '../analysis/text/morae';
import { bigramSimilarity } from '../analysis/text/similarity';

export interface PracticeInput {
  text: string;
  /** Morphemes of `text` (for fillers); the server fills them in with kuromoji. */
  morphemes: readonly Morpheme[];
  /** How long I spoke (a spoken answer: its speaking time, as the review measures pace); null for a typed one. */
  durationMs: number | null;
  keyPoints: readonly string[];
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

/**
 * A key point counts as made when its words are in the answer: the whole point, or enough of its character
 * bigrams (said in other words, inflected) — the same bigram measure the analysis uses for near-duplicates.
 */
export function pointCovered(answer: string, point: string): boolean {
  const clean = point.trim();
  if (clean === '') return false;
  if (answer.includes(clean)) return true;
  const window = Math.max(clean.length * 2, 12);
  for (let start = 0; start < answer.length; start += Math.max(1, Math.floor(clean.length / 2))) {
    if (bigramSimilarity(answer.slice(start, start + window), clean) >= 0.5) return true;
  }
  return false;
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
  const keyPoints = input.keyPoints.map((point) => ({ point, covered: pointCovered(input.text, point) }));
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
