import type { TranscriptSegment, TranscriptSpeaker } from '@furikaeri/core';

/**
 * PROVISIONAL — replace with the analysis report's question list once the analysis exists.
 *
 * Until then a "question" is a segment of a speaker whose role is interviewer (or moderator) that ends
 * with a question mark or with か (か。 / か？ / か): crude, but honest about what it is, and kept in this
 * one function so the review page, J/K navigation and the company page all switch over together.
 */
export function provisionalQuestions(
  segments: readonly TranscriptSegment[],
  speakers: readonly TranscriptSpeaker[],
): TranscriptSegment[] {
  const askers = new Set(
    speakers.filter((speaker) => speaker.role === 'interviewer' || speaker.role === 'moderator').map((s) => s.key),
  );
  return segments.filter((segment) => askers.has(segment.speaker) && QUESTION_ENDING.test(segment.text));
}

/** Trailing quotes, brackets and spaces do not hide the ending: 「…ですか。」 counts. */
const QUESTION_ENDING = /(?:[?？]|か[。．.!！]?)[\s」』)）"”']*$/u;
