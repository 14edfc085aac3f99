import type { TranscriptSegment } from '@furikaeri/core';

export interface SpeakerTurn {
  speaker: string;
  startMs: number;
  endMs: number;
}

/** Adjacent segments of one speaker become one turn: fewer regions to draw, and the colours read as turns. */
export function speakerTurns(segments: readonly (TranscriptSegment | SpeakerTurn)[], maxGapMs = 2_000): SpeakerTurn[] {
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

/**
 * At most `maxRegions` turns for drawing: the regions plugin lays out every region again as each one is added
 * (quadratic), and a one-hour interview has hundreds of turns a few pixels wide. Above the limit the timeline is
 * cut into equal windows, each coloured by whoever spoke most in it, and equal neighbours are joined.
 */
export function displayTurns(turns: readonly SpeakerTurn[], durationMs: number, maxRegions = 120): SpeakerTurn[] {
  if (turns.length <= maxRegions || durationMs <= 0) return [...turns];
  const windowMs = durationMs / maxRegions;
  const windows: (SpeakerTurn | null)[] = [];
  let cursor = 0;
  for (let index = 0; index < maxRegions; index++) {
    const start = index * windowMs;
    const end = start + windowMs;
    const talk = new Map<string, number>();
    while (cursor < turns.length && (turns[cursor] as SpeakerTurn).endMs <= start) cursor++;
    for (let i = cursor; i < turns.length && (turns[i] as SpeakerTurn).startMs < end; i++) {
      const turn = turns[i] as SpeakerTurn;
      const overlap = Math.min(end, turn.endMs) - Math.max(start, turn.startMs);
      if (overlap > 0) talk.set(turn.speaker, (talk.get(turn.speaker) ?? 0) + overlap);
    }
    const dominant = [...talk.entries()].sort((a, b) => b[1] - a[1])[0];
    windows.push(dominant ? { speaker: dominant[0], startMs: Math.round(start), endMs: Math.round(end) } : null);
  }
  return speakerTurns(
    windows.filter((window): window is SpeakerTurn => window !== null),
    0,
  );
}
