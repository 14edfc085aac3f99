import { describe, expect, it } from 'vitest';
import { exportTranscript, TRANSCRIPT_JSON_FORMAT, type TranscriptContent } from '../../src/index';

const content: TranscriptContent = {
  language: 'ja',
  source: { kind: 'asr', engine: 'sherpa-onnx', model: 'sense-voice-small-int8', diarization: 'fallback' },
  speakers: [
    { key: 'S1', label: '面接官', role: 'interviewer' },
    { key: 'S2', label: '自分 <me>', role: 'me' },
  ],
  segments: [
    { id: 'seg-1', speaker: 'S1', startMs: 800, endMs: 9_610, text: '自己紹介を\nお願いします。', confidence: null },
    {
      id: 'seg-2',
      speaker: 'S2',
      startMs: 3_723_004,
      endMs: 3_725_500,
      text: 'A&B --> C',
      confidence: 0.8,
      tokens: [{ text: 'A', startMs: 3_723_004, endMs: 3_723_100 }],
    },
  ],
  speechRegions: [{ startMs: 800, endMs: 9_610 }],
};

describe('transcript exports', () => {
  it('writes WebVTT cues with voice spans, escaping markup', () => {
    expect(exportTranscript(content, 'vtt')).toBe(
      [
        'WEBVTT',
        '',
        'seg-1',
        '00:00:00.800 --> 00:00:09.610',
        '<v 面接官>自己紹介を お願いします。',
        '',
        'seg-2',
        '01:02:03.004 --> 01:02:05.500',
        '<v 自分 &lt;me&gt;>A&amp;B --&gt; C',
        '',
      ].join('\n'),
    );
  });

  it('writes SRT with numbered cues, comma milliseconds and the speaker in front', () => {
    const srt = exportTranscript(content, 'srt');
    const cues = srt.trimEnd().split('\n\n');
    expect(cues).toHaveLength(2);
    expect(cues[0]?.split('\n')).toEqual(['1', '00:00:00,800 --> 00:00:09,610', '面接官: 自己紹介を お願いします。']);
    expect(cues[1]?.split('\n')[1]).toBe('01:02:03,004 --> 01:02:05,500');
  });

  it('writes plain text one line per segment with a reading time', () => {
    expect(exportTranscript(content, 'text')).toBe(
      '[00:00] 面接官: 自己紹介を お願いします。\n[1:02:03] 自分 <me>: A&B --> C\n',
    );
  });

  it('writes JSON that holds everything, tokens and speech regions included', () => {
    const parsed = JSON.parse(exportTranscript(content, 'json')) as Record<string, unknown>;
    expect(parsed.format).toBe(TRANSCRIPT_JSON_FORMAT);
    expect(parsed.version).toBe(1);
    const { format: _f, version: _v, ...rest } = parsed;
    expect(rest).toEqual(content);
  });
});
