import { describe, expect, it } from 'vitest';
import { DEFAULT_NORMS, findFillers, type Morpheme, type TranscriptSegment } from '../../src/index';

const m = (surface: string, pos: string, start: number): Morpheme => ({
  surface,
  pos,
  posDetail: pos === '記号' ? '読点' : '*',
  basicForm: surface,
  reading: null,
  start,
});

/** Morphemes as kuromoji/IPADIC gives them for these words (checked on the real dictionary). */
function tokens(...parts: Array<[string, string]>): Morpheme[] {
  let at = 0;
  return parts.map(([surface, pos]) => {
    const morpheme = m(surface, pos, at);
    at += surface.length;
    return morpheme;
  });
}

function segment(text: string): TranscriptSegment {
  return { id: 's', speaker: 'me', startMs: 10_000, endMs: 20_000, text, confidence: null };
}

const fillers = (text: string, parts: Array<[string, string]>) =>
  findFillers(segment(text), tokens(...parts), DEFAULT_NORMS.fillers);

describe('fillers', () => {
  it('joins what the dictionary splits: えっと (えっ+と) and ええと (え+えと) are one filler each', () => {
    expect(
      fillers('えっと、', [
        ['えっ', '感動詞'],
        ['と', '助詞'],
        ['、', '記号'],
      ]).map((f) => f.word),
    ).toEqual(['えっと']);
    expect(
      fillers('ええと、', [
        ['え', 'フィラー'],
        ['えと', 'フィラー'],
        ['、', '記号'],
      ]).map((f) => f.word),
    ).toEqual(['ええと']);
  });

  it('counts あの/まあ/その only as hesitation, not as words', () => {
    expect(
      fillers('あの、働き方', [
        ['あの', '連体詞'],
        ['、', '記号'],
        ['働き', '動詞'],
        ['方', '名詞'],
      ]),
    ).toHaveLength(1);
    expect(
      fillers('あの時', [
        ['あの', '連体詞'],
        ['時', '名詞'],
      ]),
    ).toHaveLength(0);
    expect(
      fillers('まあ、基本的', [
        ['まあ', '副詞'],
        ['、', '記号'],
        ['基本', '名詞'],
        ['的', '名詞'],
      ]),
    ).toHaveLength(1);
    expect(
      fillers('そのため', [
        ['その', '連体詞'],
        ['ため', '名詞'],
      ]),
    ).toHaveLength(0);
  });

  it('leaves out そうですね (tagged フィラー by IPADIC) and counts English um', () => {
    expect(
      fillers('そうですね、えー、', [
        ['そうですね', 'フィラー'],
        ['、', '記号'],
        ['えー', '感動詞'],
        ['、', '記号'],
      ]).map((f) => f.word),
    ).toEqual(['えー']);
    expect(
      fillers('and, um, work', [
        ['and', '名詞'],
        [',', '名詞'],
        [' ', '記号'],
        ['um', '名詞'],
        [',', '名詞'],
        [' ', '記号'],
        ['work', '名詞'],
      ]).map((f) => f.word),
    ).toEqual(['um']);
  });

  it('gives each filler its position and an estimated time', () => {
    const [first] = fillers('はい、あのー、', [
      ['はい', '感動詞'],
      ['、', '記号'],
      ['あのー', 'フィラー'],
      ['、', '記号'],
    ]);
    expect(first).toMatchObject({ word: 'あのー', offset: 3, segmentId: 's' });
    expect(first?.atMs).toBe(10_000 + Math.round((3 / 7) * 10_000));
  });
});
