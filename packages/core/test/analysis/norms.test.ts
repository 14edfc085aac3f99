import { describe, expect, it } from 'vitest';
import { DEFAULT_NORMS, resolveNorms } from '../../src/index';

describe('norms as settings', () => {
  it('defaults follow DESIGN.md', () => {
    expect(DEFAULT_NORMS.pace.targetCharsPerMinute).toBe(300);
    expect(DEFAULT_NORMS.pace.fastCharsPerMinute).toBe(400);
    expect(DEFAULT_NORMS.length).toMatchObject({ targetMs: 60_000, targetChars: 300 });
    expect(DEFAULT_NORMS.fillers).toMatchObject({ okPerMinute: 5, harmfulPerMinute: 12 });
    expect(DEFAULT_NORMS.intonation).toMatchObject({ windowMs: 10_000, monotonePvq: 0.15 });
    expect(DEFAULT_NORMS.talkShare).toEqual({ min: 0.5, max: 0.7 });
  });

  it('merges stored overrides deeply and ignores unknown keys and wrong types', () => {
    const norms = resolveNorms({
      pace: { targetCharsPerMinute: 320, fastCharsPerMinute: 'fast' },
      bogus: 1,
      fillers: { lexicon: ['えーと'] },
    });
    expect(norms.pace).toEqual({
      targetCharsPerMinute: 320,
      fastCharsPerMinute: 400,
      slowCharsPerMinute: 200,
      minSpeakingMs: 10_000,
    });
    expect(norms.fillers.lexicon).toEqual(['えーと']);
    expect('bogus' in norms).toBe(false);
    expect(resolveNorms(null)).toEqual(DEFAULT_NORMS);
    expect(DEFAULT_NORMS.pace.targetCharsPerMinute).toBe(300);
  });
});
