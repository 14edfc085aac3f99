import { describe, expect, it } from 'vitest';
import { DEFAULT_NORMS, measureSpokenDelivery, scorePracticeAnswer } from '../../src/index';
import { roughMorphemes } from '../analysis/support';

/** A typed answer of `characters` characters, scored against the default ≈300-character target. */
function typed(characters: number) {
  const text = 'あ'.repeat(characters);
  return scorePracticeAnswer({
    text,
    morphemes: roughMorphemes(text),
    durationMs: null,
    keyPoints: [],
    norms: DEFAULT_NORMS,
  });
}

/** A spoken answer that ran `ms` from the first to the last word, against the 1-minute target. */
function spoken(ms: number) {
  return measureSpokenDelivery({
    targetMs: 60_000,
    norms: DEFAULT_NORMS,
    takeMs: ms + 1_000,
    regions: [{ startMs: 500, endMs: 500 + ms }],
    pitch: null,
  });
}

describe('the length of a practice answer against the ≈1 minute target (a band, not a floor)', () => {
  it('calls 22 % of the target short, not fine (the walk found 「ちょうどよい」 at 66 of 300 characters)', () => {
    expect(typed(66).length).toBe('short');
    expect(spoken(13_000).length).toBe('short');
  });

  it('keeps "about a minute" fine from 60 % to 150 % of the target, and says which target it judged', () => {
    expect(typed(179).length).toBe('short');
    expect(typed(180).length).toBe('ok');
    expect(typed(450).length).toBe('ok');
    expect(typed(451).length).toBe('long');
    expect(typed(200).targetChars).toBe(300);
    expect(spoken(36_000).length).toBe('ok');
    expect(spoken(91_000).length).toBe('long');
  });
});
