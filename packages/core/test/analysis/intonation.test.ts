import { describe, expect, it } from 'vitest';
import { measureIntonation, type PitchTrack } from '../../src/analysis/metrics/intonation';
import { DEFAULT_NORMS } from '../../src/index';

function track(hz: (index: number) => number, frames: number): PitchTrack {
  return { startMs: 0, hopMs: 10, hz: Array.from({ length: frames }, (_, index) => hz(index)) };
}

describe('intonation from F0', () => {
  it('flags a nearly flat voice as monotone (PVQ < 0.15) and reports its range in semitones', () => {
    const flat = measureIntonation(
      [track((i) => 120 + (i % 10), 2_000)],
      [{ startMs: 0, endMs: 20_000 }],
      DEFAULT_NORMS.intonation,
    );
    expect(flat?.monotone).toBe(true);
    expect(flat?.pvq.value).toBeLessThan(0.15);
    expect(flat?.windows).toHaveLength(2);
  });

  it('does not flag a lively voice, ignores unvoiced frames, octave errors and audio outside the answer', () => {
    const lively = (i: number) => (i % 7 === 0 ? 0 : i === 50 ? 900 : 200 + 70 * Math.sin(i / 15));
    const result = measureIntonation([track(lively, 2_000)], [{ startMs: 0, endMs: 15_000 }], DEFAULT_NORMS.intonation);
    expect(result?.monotone).toBe(false);
    expect(result?.pvq.value).toBeGreaterThan(0.15);
    expect(result?.rangeSemitones.value).toBeGreaterThan(8);
    expect(result?.rangeSemitones.value).toBeLessThan(14);
  });

  it('says nothing from too little voiced speech', () => {
    expect(
      measureIntonation([track(() => 150, 50)], [{ startMs: 0, endMs: 500 }], DEFAULT_NORMS.intonation),
    ).toBeNull();
  });
});
