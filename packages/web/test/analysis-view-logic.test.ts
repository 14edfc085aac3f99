import type { AnalysisReport, Measure, QuestionAnalysis, Transcript } from '@furikaeri/core';
import { describe, expect, it } from 'vitest';
import { answerMeasures } from '../src/pages/review/analysis/answer-measures';
import { formatMeasure } from '../src/pages/review/analysis/measure-format';
import { fillerRows, paceRows, pitchRows, shareRows } from '../src/pages/review/charts/delivery-chart-data';
import { reviewQuestions } from '../src/pages/review/questions/review-questions';
import { fillerMarks, splitFillers } from '../src/pages/review/transcript/filler-marks';

const measure = (value: number, unit: Measure['unit'], verdict: Measure['verdict'] = 'ok'): Measure => ({
  value,
  unit,
  norm: null,
  verdict,
});

const transcript = {
  id: 'tr1',
  speakers: [
    { key: 'A', label: '面接官', role: 'interviewer' },
    { key: 'B', label: '自分', role: 'me' },
  ],
  segments: [
    { id: 's1', speaker: 'A', startMs: 0, endMs: 2_000, text: 'はい。自己紹介をお願いします。', confidence: null },
    {
      id: 's2',
      speaker: 'B',
      startMs: 3_000,
      endMs: 9_000,
      text: 'えーと、山田です。あのー、よろしく',
      confidence: null,
    },
    { id: 's3', speaker: 'A', startMs: 10_000, endMs: 12_000, text: '趣味は何ですか。', confidence: null },
  ],
} as unknown as Transcript;

function question(id: string, segmentIds: string[], startMs: number, withPitch: boolean): QuestionAnalysis {
  return {
    id,
    question: { segmentIds, startMs, endMs: startMs + 2_000, text: '自己紹介をお願いします。' },
    category: { category: 'self_introduction', confidence: 1, evidence: [], reason: { ja: '', en: '' } },
    followUpOf: null,
    answer: {
      segmentIds: ['s2'],
      startMs: 3_000,
      endMs: 9_000,
      text: 'えーと、山田です。',
      metrics: {
        durationMs: measure(6_000, 'ms', 'info'),
        charsPerMinute: measure(420, 'chars_per_min', 'high'),
        moraePerSecond: measure(7.25, 'morae_per_s', 'info'),
        fillers: {
          count: 2,
          perMinute: measure(20, 'per_min', 'high'),
          items: [
            { word: 'えーと', segmentId: 's2', offset: 0, atMs: 3_000 },
            { word: 'あのー', segmentId: 's2', offset: 10, atMs: 6_000 },
            { word: 'まあ', segmentId: 's2', offset: 3, atMs: 4_000 },
          ],
          byWord: [],
        },
        pauses: [{ startMs: 4_000, endMs: 6_500, durationMs: 2_500 }],
        latencyMs: measure(1_000, 'ms'),
        length: measure(20, 'chars', 'low'),
        intonation: withPitch
          ? {
              pvq: measure(0.1, 'ratio', 'low'),
              rangeSemitones: measure(3.2, 'semitones', 'low'),
              windows: [],
              monotone: true,
              meanHz: 200,
            }
          : null,
      },
    },
  } as unknown as QuestionAnalysis;
}

const report = {
  transcriptId: 'tr1',
  questions: [question('q1', ['s1'], 1_000, true)],
  speakers: [
    { key: 'A', label: '面接官', role: 'interviewer', share: 0.4 },
    { key: 'B', label: '自分', role: 'me', share: 0.6 },
  ],
  event: { myTalkShare: measure(0.6, 'ratio') },
} as unknown as AnalysisReport;

describe('questions of the review page', () => {
  it('come from the report once there is one, keyed by the segment they were asked in', () => {
    const source = reviewQuestions(transcript, report);
    expect(source.provisional).toBe(false);
    expect(source.questions).toMatchObject([{ segmentId: 's1', startMs: 1_000, category: { ja: '自己紹介・経歴' } }]);
  });

  it('fall back to the provisional heuristic without a report, or with a report of another transcript', () => {
    expect(reviewQuestions(transcript, null)).toMatchObject({ provisional: true, questions: [{ segmentId: 's3' }] });
    const other = { ...report, transcriptId: 'tr-old' } as AnalysisReport;
    expect(reviewQuestions(transcript, other).provisional).toBe(true);
  });
});

describe('fillers in the transcript', () => {
  it('marks each filler where the report says it is, and drops one whose words are not there', () => {
    const spans = fillerMarks(report, transcript).get('s2') ?? [];
    expect(spans.map((span) => span.word)).toEqual(['えーと', 'あのー']);
    const parts = splitFillers('えーと、山田です。あのー、よろしく', spans);
    expect(parts).toEqual([
      { text: 'えーと', filler: true },
      { text: '、山田です。', filler: false },
      { text: 'あのー', filler: true },
      { text: '、よろしく', filler: false },
    ]);
  });
});

describe('measures and charts', () => {
  it('formats figures as people read them', () => {
    expect(formatMeasure(measure(12_725, 'ms'), 'ja')).toBe('12.7秒');
    expect(formatMeasure(measure(0.571, 'ratio'), 'en')).toBe('57 %');
    expect(formatMeasure(measure(6.44, 'morae_per_s'), 'ja')).toBe('6.4モーラ/秒');
  });

  it('gives each answer its chips with verdicts, monotone included', () => {
    const question = report.questions[0];
    const metrics = question?.answer?.metrics;
    if (!metrics) throw new Error('fixture has an answer');
    const chips = answerMeasures(metrics, 'ja');
    expect(chips.map((chip) => [chip.key, chip.verdict])).toEqual([
      ['duration', 'low'],
      ['pace', 'high'],
      ['fillers', 'high'],
      ['pauses', 'info'],
      ['latency', 'ok'],
      ['intonation', 'low'],
    ]);
    expect(chips.find((chip) => chip.key === 'fillers')?.value).toBe('20回/分 · 2回');
    expect(chips.find((chip) => chip.key === 'intonation')?.value).toContain('単調');
  });

  it('draws one bar per answer, and no pitch bars without audio', () => {
    expect(paceRows(report, 'ja')).toMatchObject([{ label: 'Q1', value: 420, tone: 'high' }]);
    expect(fillerRows(report, 'en')[0]?.display).toBe('20/min (2)');
    expect(pitchRows(report)).toMatchObject([{ label: 'Q1', value: 0.1, tone: 'low' }]);
    const noAudio = { ...report, questions: [question('q1', ['s1'], 1_000, false)] } as AnalysisReport;
    expect(pitchRows(noAudio)).toEqual([]);
    expect(shareRows(report).map((row) => row.display)).toEqual(['40%', '60%']);
  });
});
