import { describe, expect, it } from 'vitest';
import { bestAssignment, diarizationErrorRate, type SpeakerTurn } from '../../src/index';

const turn = (speaker: string, startMs: number, endMs: number): SpeakerTurn => ({ speaker, startMs, endMs });
const reference = [turn('A', 0, 10_000), turn('B', 10_000, 20_000)];

describe('diarization error rate', () => {
  it('is zero for a perfect hypothesis, whatever the hypothesis calls its speakers', () => {
    const result = diarizationErrorRate(reference, [turn('x', 0, 10_000), turn('y', 10_000, 20_000)], {
      collarMs: 0,
    });
    expect(result.der).toBe(0);
    expect(result.mapping).toEqual({ A: 'x', B: 'y' });
    expect(result.scoredMs).toBe(20_000);
  });

  it('counts missed speech, false alarms and confusion separately', () => {
    const hypothesis = [
      turn('x', 0, 8_000),
      turn('x', 10_000, 12_000),
      turn('y', 12_000, 20_000),
      turn('y', 20_000, 21_000),
    ];
    const result = diarizationErrorRate(reference, hypothesis, { collarMs: 0 });
    expect(result.missedMs).toBe(2_000);
    expect(result.confusionMs).toBe(2_000);
    expect(result.falseAlarmMs).toBe(1_000);
    expect(result.der).toBeCloseTo(5_000 / 20_000, 10);
  });

  it('does not score the collar around reference boundaries', () => {
    // The hypothesis switches 200 ms late: inside a 250 ms collar that is no error at all.
    const late = [turn('x', 0, 10_200), turn('y', 10_200, 20_000)];
    expect(diarizationErrorRate(reference, late, { collarMs: 0 }).confusionMs).toBe(200);
    const collared = diarizationErrorRate(reference, late, { collarMs: 250 });
    expect(collared.der).toBe(0);
    // Collars at 0, 10 s (both sides) and 20 s: 250 + 500 + 250 ms are left out.
    expect(collared.scoredMs).toBe(19_000);
  });

  it('scores overlapping reference speech once per speaker', () => {
    const overlapping = [turn('A', 0, 10_000), turn('B', 5_000, 10_000)];
    const result = diarizationErrorRate(overlapping, [turn('x', 0, 10_000)], { collarMs: 0 });
    expect(result.scoredMs).toBe(15_000);
    expect(result.missedMs).toBe(5_000);
    expect(result.der).toBeCloseTo(1 / 3, 10);
  });

  it('maps each reference speaker to one hypothesis speaker only', () => {
    // One hypothesis speaker for everything: half the time is confusion.
    const result = diarizationErrorRate(reference, [turn('x', 0, 20_000)], { collarMs: 0 });
    expect(result.confusionMs).toBe(10_000);
    expect(result.der).toBe(0.5);
  });

  it('finds the assignment with the largest total agreement', () => {
    expect(
      bestAssignment([
        [5, 9, 0],
        [1, 10, 0],
        [0, 0, 1],
      ]),
    ).toEqual([0, 1, 2]); // greedy would take 9 first and end with 9 + 1 + 1
    expect(bestAssignment([[3], [4]])).toEqual([-1, 0]);
  });
});
