import { describe, expect, it } from 'vitest';
import { DEFAULT_NORMS, measureSpokenDelivery, type PitchTrack, scorePracticeAnswer } from '../../src/index';

/** An F0 track every 20 ms over [startMs, endMs), voiced throughout, its Hz given by `hzAt`. */
function track(startMs: number, endMs: number, hzAt: (ms: number) => number): PitchTrack {
  const hz: number[] = [];
  for (let ms = startMs; ms < endMs; ms += 20) hz.push(hzAt(ms));
  return { startMs, hopMs: 20, hz };
}

const base = { targetMs: 60_000, norms: DEFAULT_NORMS };

describe('the delivery of a spoken practice answer', () => {
  it('measures the answer from first to last speech, with long silences as pauses and short ones as speaking', () => {
    const delivery = measureSpokenDelivery({
      ...base,
      takeMs: 50_000,
      regions: [
        { startMs: 3_000, endMs: 20_000 },
        { startMs: 20_500, endMs: 30_000 },
        { startMs: 34_000, endMs: 45_000 },
      ],
      pitch: null,
    });
    expect(delivery.leadInMs).toBe(3_000);
    expect(delivery.answerMs).toBe(42_000);
    expect(delivery.pauses).toBe(1);
    expect(delivery.longestPauseMs).toBe(4_000);
    expect(delivery.speakingMs).toBe(38_000);
    expect(delivery.silenceMs).toBe(12_000);
    expect(delivery.length).toBe('ok');
    expect(delivery.intonation).toBeNull();
  });

  it('judges the length against the target: a 10 s answer to a 1 minute question is short, 2 minutes long', () => {
    const short = measureSpokenDelivery({
      ...base,
      takeMs: 12_000,
      regions: [{ startMs: 1_000, endMs: 11_000 }],
      pitch: null,
    });
    expect(short.length).toBe('short');
    const long = measureSpokenDelivery({
      ...base,
      takeMs: 125_000,
      regions: [{ startMs: 0, endMs: 120_000 }],
      pitch: null,
    });
    expect(long.length).toBe('long');
  });

  it('says a take without speech is silent rather than short', () => {
    const silent = measureSpokenDelivery({ ...base, takeMs: 8_000, regions: [], pitch: null });
    expect(silent.length).toBe('silent');
    expect(silent.silenceMs).toBe(8_000);
    expect(silent.speakingMs).toBe(0);
  });

  it('tells a lively voice from a monotone one by PVQ over the spoken regions', () => {
    const regions = [{ startMs: 0, endMs: 20_000 }];
    const lively = measureSpokenDelivery({
      ...base,
      takeMs: 20_000,
      regions,
      pitch: [track(0, 20_000, (ms) => 180 + 50 * Math.sin(ms / 400))],
    });
    const flat = measureSpokenDelivery({
      ...base,
      takeMs: 20_000,
      regions,
      pitch: [track(0, 20_000, (ms) => 150 + 4 * Math.sin(ms / 400))],
    });
    expect(lively.intonation?.monotone).toBe(false);
    expect(flat.intonation?.monotone).toBe(true);
    expect(lively.intonation?.rangeSemitones.value ?? 0).toBeGreaterThan(flat.intonation?.rangeSemitones.value ?? 0);
  });

  it('reads pitch only inside the speech: a tone in the silence before the answer is not my voice', () => {
    const regions = [{ startMs: 5_000, endMs: 25_000 }];
    const delivery = measureSpokenDelivery({
      ...base,
      takeMs: 25_000,
      regions,
      pitch: [track(0, 25_000, (ms) => (ms < 5_000 ? 400 : 150 + 3 * Math.sin(ms / 400)))],
    });
    expect(delivery.intonation?.monotone).toBe(true);
    expect(delivery.intonation?.meanHz ?? 0).toBeLessThan(160);
  });
});

describe('the pace of a transcribed spoken answer', () => {
  it('counts morae per minute from the readings, beside characters per minute', () => {
    const text = '私は移行を担当しました';
    const morphemes = [
      { surface: '私', pos: '名詞', posDetail: '代名詞', basicForm: '私', reading: 'ワタシ', start: 0 },
      { surface: 'は', pos: '助詞', posDetail: '係助詞', basicForm: 'は', reading: 'ハ', start: 1 },
      { surface: '移行', pos: '名詞', posDetail: 'サ変接続', basicForm: '移行', reading: 'イコウ', start: 2 },
      { surface: 'を', pos: '助詞', posDetail: '格助詞', basicForm: 'を', reading: 'ヲ', start: 4 },
      { surface: '担当', pos: '名詞', posDetail: 'サ変接続', basicForm: '担当', reading: 'タントウ', start: 5 },
      { surface: 'し', pos: '動詞', posDetail: '自立', basicForm: 'する', reading: 'シ', start: 7 },
      { surface: 'まし', pos: '助動詞', posDetail: '*', basicForm: 'ます', reading: 'マシ', start: 8 },
      { surface: 'た', pos: '助動詞', posDetail: '*', basicForm: 'た', reading: 'タ', start: 10 },
    ];
    const score = scorePracticeAnswer({ text, morphemes, durationMs: 6_000, keyPoints: [], norms: DEFAULT_NORMS });
    // ワタシ・ハ・イコウ・ヲ・タントウ・シ・マシ・タ = 3+1+3+1+4+1+2+1 = 16 morae in 6 s.
    expect(score.moraePerMinute).toBe(160);
    expect(score.charsPerMinute).toBe(110);
    const typed = scorePracticeAnswer({ text, morphemes, durationMs: null, keyPoints: [], norms: DEFAULT_NORMS });
    expect(typed.moraePerMinute).toBeNull();
  });
});
