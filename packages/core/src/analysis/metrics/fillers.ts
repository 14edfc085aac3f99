import type { TranscriptSegment } from '../../transcript/model';
import type { Morpheme } from '../morphology';
import type { AnalysisNorms } from '../norms';
import type { FillerOccurrence } from '../report';

/** Pause marks after which a contextual word (あの, まあ) is hesitation rather than a word. */
const PAUSE_MARK = /^[、，,…‥・ー〜\s]+$/;

/**
 * Fillers in one segment: IPADIC's フィラー tags plus the lexicon. The dictionary splits some fillers
 * (えっと → えっ+と, ええと → え+えと), so lexicon words are matched across up to three morphemes.
 * Contextual words (あの, その, まあ, なんか, um) count only when a pause mark, another filler or the end of
 * the segment follows: "あの時" and "そのため" are words, "あのー、" and "まあ、" are hesitation.
 */
export function findFillers(
  segment: TranscriptSegment,
  morphemes: readonly Morpheme[],
  norms: AnalysisNorms['fillers'],
): FillerOccurrence[] {
  const always = new Set(norms.lexicon);
  const contextual = new Set(norms.contextual.map((word) => word.toLowerCase()));
  const excluded = new Set(norms.excluded);
  const found: Array<{ word: string; offset: number }> = [];
  const words = morphemes.filter((morpheme) => morpheme.pos !== '記号' || !/^\s+$/.test(morpheme.surface));
  for (let index = 0; index < words.length; ) {
    const match = lexiconMatch(words, index, always, contextual);
    if (match) {
      const next = words[index + match.length];
      const hesitant =
        always.has(match.word) ||
        words[index]?.pos === 'フィラー' ||
        next === undefined ||
        PAUSE_MARK.test(next.surface) ||
        next.pos === 'フィラー' ||
        always.has(next.surface);
      if (hesitant) {
        found.push({ word: match.word, offset: words[index]?.start ?? 0 });
        index += match.length;
        continue;
      }
    }
    const word = words[index];
    if (word?.pos === 'フィラー' && !excluded.has(word.surface)) found.push({ word: word.surface, offset: word.start });
    index += 1;
  }
  return found.map((item) => ({ ...item, segmentId: segment.id, atMs: timeAt(segment, item.offset) }));
}

function lexiconMatch(
  words: readonly Morpheme[],
  index: number,
  always: ReadonlySet<string>,
  contextual: ReadonlySet<string>,
): { word: string; length: number } | null {
  let joined = '';
  let best: { word: string; length: number } | null = null;
  for (let length = 1; length <= 3 && index + length <= words.length; length += 1) {
    joined += words[index + length - 1]?.surface ?? '';
    if (always.has(joined) || contextual.has(joined.toLowerCase())) best = { word: joined, length };
  }
  return best;
}

/** When a character was said: from token timings when the engine gave them, else by position in the segment. */
export function timeAt(segment: TranscriptSegment, offset: number): number {
  if (segment.tokens && segment.tokens.length > 0) {
    let position = 0;
    for (const token of segment.tokens) {
      if (position + token.text.length > offset) return token.startMs;
      position += token.text.length;
    }
  }
  const share = segment.text.length === 0 ? 0 : offset / segment.text.length;
  return Math.round(segment.startMs + share * (segment.endMs - segment.startMs));
}
