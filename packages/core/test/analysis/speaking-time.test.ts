import { describe, expect, it } from 'vitest';
import { pausesInAnswer, speakingTime } from '../../src/analysis/metrics/speaking-time';
import type { TranscriptSegment } from '../../src/index';

const seg = (id: string, startMs: number, endMs: number): TranscriptSegment => ({
  id,
  speaker: 'me',
  startMs,
  endMs,
  text: 'x',
  confidence: null,
});

describe('speaking time and pauses', () => {
  it('subtracts pauses of 2 s or more inside a segment (from VAD regions), keeps shorter ones', () => {
    const regions = [
      { startMs: 0, endMs: 4_000 },
      { startMs: 6_600, endMs: 10_000 },
      { startMs: 11_000, endMs: 12_000 },
    ];
    expect(speakingTime([seg('a', 0, 12_000)], regions, 2_000)).toBe(12_000 - 2_600);
    expect(pausesInAnswer([seg('a', 0, 12_000)], regions, 2_000)).toEqual([
      { startMs: 4_000, endMs: 6_600, durationMs: 2_600 },
    ]);
  });

  it('without regions, a segment counts whole and pauses come from gaps between segments', () => {
    const segments = [seg('a', 0, 3_000), seg('b', 3_500, 5_000), seg('c', 188_000, 200_000)];
    expect(speakingTime(segments, [], 2_000)).toBe(3_000 + 1_500 + 12_000);
    expect(pausesInAnswer(segments, [], 2_000)).toEqual([{ startMs: 5_000, endMs: 188_000, durationMs: 183_000 }]);
  });
});
