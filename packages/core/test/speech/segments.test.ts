import { describe, expect, it } from 'vitest';
import {
  characterErrorRate,
  confidenceOf,
  dominantLanguage,
  editDistance,
  toSegments,
  toTranscriptTokens,
} from '../../src/index';

describe('engine output to transcript segments', () => {
  it('keeps kana and kanji pieces as characters and joins SentencePiece pieces into words', () => {
    const tokens = toTranscriptTokens(
      { tokens: ['はい', '。', '▁hel', 'lo', '▁world'], timestamps: [0.1, 0.4, 0.6, 0.8, 1.0] },
      10_000,
      12_000,
    );
    expect(tokens).toEqual([
      { text: 'はい', startMs: 10_100, endMs: 10_400 },
      { text: '。', startMs: 10_400, endMs: 10_600 },
      { text: 'hello', startMs: 10_600, endMs: 11_000 },
      { text: 'world', startMs: 11_000, endMs: 11_250 },
    ]);
  });

  it('uses token durations when the engine gives them, never past the window', () => {
    const tokens = toTranscriptTokens({ tokens: ['あ'], timestamps: [1.9], durations: [0.5] }, 0, 2_000);
    expect(tokens).toEqual([{ text: 'あ', startMs: 1_900, endMs: 2_000 }]);
  });

  it('orders segments in time, numbers them and drops windows without text', () => {
    const segments = toSegments([
      { index: 1, speaker: 'S2', startMs: 5_000, endMs: 6_000, text: ' はい。 ', confidence: 0.9, tokens: [] },
      { index: 0, speaker: 'S1', startMs: 1_000, endMs: 4_000, text: '志望動機は？', confidence: null, tokens: [] },
      { index: 2, speaker: 'S1', startMs: 7_000, endMs: 8_000, text: '  ', confidence: null, tokens: [] },
    ]);
    expect(segments).toEqual([
      { id: 'seg-1', speaker: 'S1', startMs: 1_000, endMs: 4_000, text: '志望動機は？', confidence: null },
      { id: 'seg-2', speaker: 'S2', startMs: 5_000, endMs: 6_000, text: 'はい。', confidence: 0.9 },
    ]);
  });

  it('turns token log-probabilities into a 0…1 confidence', () => {
    expect(confidenceOf([])).toBeNull();
    expect(confidenceOf(undefined)).toBeNull();
    expect(confidenceOf([Math.log(0.5), Math.log(0.5)])).toBeCloseTo(0.5, 10);
  });
});

describe('character error rate', () => {
  it('ignores punctuation, spaces and full-width forms, and counts edits per reference character', () => {
    expect(characterErrorRate([{ reference: '「こんにちは、世界。」', hypothesis: 'こんにちは 世界' }]).cer).toBe(0);
    expect(characterErrorRate([{ reference: 'ＡＢＣ１２３', hypothesis: 'abc123' }]).cer).toBe(0);
    const result = characterErrorRate([
      { reference: '面接を始めます', hypothesis: '面談を始めます' },
      { reference: 'はい', hypothesis: 'はいはい' },
    ]);
    expect(result).toEqual({ cer: 3 / 9, errors: 3, referenceLength: 9 });
  });

  it('computes the edit distance of insertions, deletions and substitutions', () => {
    expect(editDistance([...'kitten'], [...'sitting'])).toBe(3);
    expect(editDistance([], [...'abc'])).toBe(3);
  });
});

describe('dominant language', () => {
  it('is the detected language of most recognised characters, or und', () => {
    const window = (language: string | null, text: string) => ({
      index: 0,
      speaker: 'S1',
      startMs: 0,
      endMs: 1,
      text,
      confidence: null,
      tokens: [],
      language,
    });
    expect(dominantLanguage([window('en', 'hello'), window('ja', 'こんにちは、元気です'), window(null, 'x')])).toBe(
      'ja',
    );
    expect(dominantLanguage([window(null, 'x')])).toBe('und');
  });
});
