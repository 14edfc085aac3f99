import type { TranscriptSegment } from '@furikaeri/core';

export interface SpeakerTurn {
  speaker: string;
  startMs: number;
  endMs: number;
}

/** Adjacent segments of one speaker become one turn: fewer regions to draw, and the colours read as turns. */
export function speakerTurns(segments: readonly TranscriptSegment[], maxGapMs = 2_000): SpeakerTurn[] {
  const turns: SpeakerTurn[] = [];
  for (const segment of segments) {
    const last = turns.at(-1);
    if (last && last.speaker === segment.speaker && segment.startMs - last.endMs <= maxGapMs) {
      last.endMs = Math.max(last.endMs, segment.endMs);
    } else {
      turns.push({ speaker: segment.speaker, startMs: segment.startMs, endMs: segment.endMs });
    }
  }
  return turns;
}
