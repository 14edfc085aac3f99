import { describe, expect, it } from 'vitest';
import { coveredMs, padAndMerge, planWindows } from '../../src/index';

describe('speech regions', () => {
  it('pads regions, clips them to the recording and merges the ones that touch', () => {
    const raw = [
      { startMs: 200, endMs: 1_000 },
      { startMs: 1_500, endMs: 3_000 },
      { startMs: 5_000, endMs: 9_900 },
    ];
    expect(padAndMerge(raw, 400, 10_000)).toEqual([
      { startMs: 0, endMs: 3_400 },
      { startMs: 4_600, endMs: 10_000 },
    ]);
    expect(coveredMs(padAndMerge(raw, 0, 10_000))).toBe(800 + 1_500 + 4_900);
  });
});

describe('recogniser windows', () => {
  const options = { padMs: 400, maxMs: 30_000, joinGapMs: 1_500, totalMs: 100_000 };

  it('joins runs of one speaker across short pauses and splits at a change of speaker', () => {
    const windows = planWindows(
      [
        { channel: 0, speaker: 'S1', startMs: 1_000, endMs: 5_000 },
        { channel: 0, speaker: 'S1', startMs: 6_000, endMs: 9_000 },
        { channel: 0, speaker: 'S2', startMs: 9_300, endMs: 12_000 },
        { channel: 0, speaker: 'S2', startMs: 20_000, endMs: 22_000 },
      ],
      options,
    );
    expect(windows).toEqual([
      { index: 0, channel: 0, speaker: 'S1', startMs: 600, endMs: 9_300 },
      { index: 1, channel: 0, speaker: 'S2', startMs: 9_000, endMs: 12_400 },
      { index: 2, channel: 0, speaker: 'S2', startMs: 19_600, endMs: 22_400 },
    ]);
  });

  it('keeps every window under the limit', () => {
    const runs = Array.from({ length: 10 }, (_, i) => ({
      channel: 0,
      speaker: 'S1',
      startMs: i * 10_000,
      endMs: i * 10_000 + 9_500,
    }));
    const windows = planWindows(runs, options);
    expect(windows.length).toBeGreaterThan(3);
    for (const w of windows) expect(w.endMs - w.startMs).toBeLessThanOrEqual(30_000 + 2 * options.padMs);
    expect(windows.map((w) => w.index)).toEqual(windows.map((_, i) => i));
  });

  it('plans the channels independently and numbers the windows in time order', () => {
    const windows = planWindows(
      [
        { channel: 1, speaker: 'S1', startMs: 0, endMs: 4_000 },
        { channel: 0, speaker: 'mic', startMs: 2_000, endMs: 6_000 },
      ],
      options,
    );
    expect(windows.map((w) => [w.index, w.channel, w.startMs, w.endMs])).toEqual([
      [0, 1, 0, 4_400],
      [1, 0, 1_600, 6_400],
    ]);
  });
});
