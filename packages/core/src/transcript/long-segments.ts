import { boundedPieces } from '../analysis/text/bounded-pieces';
import type { TranscriptContent, TranscriptSegment } from './model';

/**
 * The longest segment an imported transcript keeps: about three minutes of speech at the broadcast pace of
 * ≈300 characters a minute (DESIGN.md). A file with no line breaks (notes typed in one go, ASR text exported
 * as one paragraph) would otherwise be one segment of megabytes, which the review page, search hits and
 * segment edits all handle as one piece.
 */
export const MAX_SEGMENT_CHARS = 1_000;

/**
 * Cuts every longer segment into consecutive ones of the same speaker (at sentence ends, commas or word
 * starts, see boundedPieces), with times shared out by characters, and numbers the segments anew. For a
 * transcript just imported, before anything refers to its segment ids.
 */
export function splitLongSegments(content: TranscriptContent, maxChars = MAX_SEGMENT_CHARS): TranscriptContent {
  if (!content.segments.some((segment) => segment.text.length > maxChars)) return content;
  const segments: TranscriptSegment[] = [];
  for (const segment of content.segments) {
    const length = Math.max(1, segment.text.length);
    const at = (offset: number) => segment.startMs + Math.round(((segment.endMs - segment.startMs) * offset) / length);
    for (const piece of boundedPieces(segment.text, maxChars)) {
      segments.push({
        ...segment,
        id: `seg-${segments.length + 1}`,
        startMs: at(piece.start),
        endMs: at(piece.end),
        text: segment.text.slice(piece.start, piece.end),
      });
    }
  }
  return { ...content, segments };
}
