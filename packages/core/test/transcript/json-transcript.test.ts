import { describe, expect, it } from 'vitest';
import { parseTranscriptFile, type TranscriptContent } from '../../src/index';
import { parseError } from './parse-helpers';

const CONTENT: TranscriptContent = {
  language: 'ja',
  source: { kind: 'asr', engine: 'sherpa-onnx', model: 'sense-voice', diarization: 'channels' },
  speakers: [
    { key: 'S1', label: '面接官', role: 'interviewer' },
    { key: 'mic', label: '自分', role: 'me' },
  ],
  segments: [
    { id: 'seg-1', speaker: 'S1', startMs: 0, endMs: 2000, text: '自己紹介をお願いします。', confidence: 0.9 },
    {
      id: 'seg-2',
      speaker: 'mic',
      startMs: 2500,
      endMs: 5000,
      text: 'はい',
      confidence: null,
      tokens: [{ text: 'はい', startMs: 2500, endMs: 2900 }],
    },
  ],
  speechRegions: [{ startMs: 0, endMs: 5000 }],
};

describe('JSON import (our TranscriptContent)', () => {
  it('round-trips what the app exports; the source becomes the import', () => {
    const text = JSON.stringify({ id: 'tr_1', eventId: 'ev_1', ...CONTENT }, null, 2);
    const content = parseTranscriptFile('export.json', text);
    expect(content.segments).toEqual(CONTENT.segments);
    expect(content.speakers).toEqual(CONTENT.speakers);
    expect(content.speechRegions).toEqual(CONTENT.speechRegions);
    expect(content.source).toEqual({ kind: 'import', format: 'json', fileName: 'export.json' });
  });

  it('names the line of a syntax error', () => {
    const text = JSON.stringify(CONTENT, null, 2).replace('"seg-2",', '"seg-2"');
    const error = parseError(() => parseTranscriptFile('x.json', text));
    const line = text.split('\n').findIndex((l) => l.includes('"seg-2"')) + 2;
    expect(error.details).toMatchObject({ line });
  });

  it('names the line and path of a content error', () => {
    const broken = structuredClone(CONTENT) as unknown as { segments: Array<Record<string, unknown>> };
    const second = broken.segments[1];
    if (second) second.endMs = 100;
    const text = JSON.stringify(broken, null, 2);
    const error = parseError(() => parseTranscriptFile('x.json', text));
    const line = text.split('\n').findIndex((l) => l.includes('"endMs": 100')) + 1;
    expect(error.details).toMatchObject({ line });
    expect(error.userMessage.en).toContain('segments.1.endMs');
  });

  it.each([
    [
      'unknown speaker',
      (c: Record<string, unknown>) =>
        ((c.segments as Array<Record<string, unknown>>)[0] = { ...CONTENT.segments[0], speaker: 'X' }),
    ],
    [
      'bad role',
      (c: Record<string, unknown>) =>
        ((c.speakers as Array<Record<string, unknown>>)[0] = { key: 'S1', label: 'a', role: 'boss' }),
    ],
    [
      'fractional ms',
      (c: Record<string, unknown>) =>
        ((c.segments as Array<Record<string, unknown>>)[0] = { ...CONTENT.segments[0], startMs: 1.5 }),
    ],
    [
      'duplicate id',
      (c: Record<string, unknown>) => ((c.segments as Array<Record<string, unknown>>)[1] = { ...CONTENT.segments[0] }),
    ],
    ['segments not an array', (c: Record<string, unknown>) => (c.segments = {})],
  ])('refuses %s', (_name, mutate) => {
    const copy = structuredClone(CONTENT) as unknown as Record<string, unknown>;
    mutate(copy);
    expect(parseError(() => parseTranscriptFile('x.json', JSON.stringify(copy, null, 2))).code).toBe('validation');
  });
});
