import { describe, expect, it } from 'vitest';
import { measureAnswer } from '../../src/analysis/metrics/answer-metrics';
import { DEFAULT_NORMS, type Morpheme, type TranscriptSegment } from '../../src/index';

const segment = (id: string, startMs: number, endMs: number, text: string): TranscriptSegment => ({
  id,
  speaker: 'M',
  startMs,
  endMs,
  text,
  confidence: null,
});
const filler = (start: number): Morpheme => ({
  surface: 'えーと',
  pos: 'フィラー',
  posDetail: '*',
  basicForm: 'えーと',
  reading: 'エート',
  start,
});

function measure(segments: TranscriptSegment[], morphemes: Record<string, Morpheme[]>, open = true) {
  return measureAnswer({
    segments,
    morphemes,
    speechRegions: [],
    timing: 'measured',
    questionEndMs: 0,
    open,
    isFollowUp: false,
    norms: DEFAULT_NORMS,
    pitch: null,
  });
}

describe('answer metrics against their norms', () => {
  it('a filler rate over a few seconds is reported but not judged', () => {
    const short = measure([segment('a', 1_000, 3_000, 'えーと、特にありません。')], { a: [filler(0)] });
    expect(short.fillers.perMinute).toMatchObject({ value: 30, verdict: 'info' });
    const long = measure([segment('a', 0, 30_000, 'x'.repeat(150))], { a: [filler(0), filler(10), filler(20)] });
    expect(long.fillers.perMinute).toMatchObject({ value: 6, verdict: 'high' });
  });

  it('judges pace against ≈300 characters/min and length against ≈1 minute / 300 characters', () => {
    const fast = measure([segment('a', 0, 60_000, 'あ'.repeat(460))], {});
    expect(fast.charsPerMinute).toMatchObject({ value: 460, verdict: 'high' });
    expect(fast.length).toMatchObject({ value: 460, verdict: 'high' });
    const fine = measure([segment('a', 0, 60_000, 'あ'.repeat(320))], {});
    expect(fine.charsPerMinute?.verdict).toBe('ok');
    expect(fine.length?.verdict).toBe('ok');
    expect(measure([segment('a', 0, 3_000, 'はい、五名です。')], {}).length?.verdict).toBe('low');
    expect(measure([segment('a', 0, 3_000, 'はい、五名です。')], {}, false).length).toBeNull();
  });

  it('measures latency from the end of the question, and morae from readings', () => {
    const metrics = measure([segment('a', 2_500, 5_000, '学校')], {
      a: [{ surface: '学校', pos: '名詞', posDetail: '一般', basicForm: '学校', reading: 'ガッコウ', start: 0 }],
    });
    expect(metrics.latencyMs?.value).toBe(2_500);
    expect(metrics.morae.value).toBe(4);
    expect(metrics.moraePerSecond?.value).toBe(1.6);
  });
});
