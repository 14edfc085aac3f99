import { describe, expect, it } from 'vitest';
import { applyTranscriptEdit, detectTranscriptFormat, parseTranscriptFile, previewTranscript } from '../../src/index';

const ZOOM_AS_TXT = `WEBVTT

1
00:00:01.000 --> 00:00:04.000
佐藤 一郎: 本日はよろしくお願いします。

2
00:00:05.000 --> 00:00:09.000
田中 花子: よろしくお願いいたします。
`;

describe('detectTranscriptFormat reads the content before the name', () => {
  it('a WebVTT saved as .txt is WebVTT; SRT saved as .txt is SRT; JSON as .vtt is JSON', () => {
    expect(detectTranscriptFormat('meeting_saved_closed_caption.txt', ZOOM_AS_TXT)).toBe('vtt');
    expect(detectTranscriptFormat('subs.txt', '1\n00:00:01,000 --> 00:00:02.000\nはい\n')).toBe('srt');
    expect(detectTranscriptFormat('x.vtt', '{"segments":[]}')).toBe('json');
  });
  it('falls back to the name, then to text', () => {
    expect(detectTranscriptFormat('broken.vtt', '00:00:01.000 --> 00:00:02.000\nはい')).toBe('vtt');
    expect(detectTranscriptFormat('notes', '面接官: 志望動機は？')).toBe('text');
  });
});

describe('previewTranscript', () => {
  it('lists each speaker with a count and first words, and the first lines', () => {
    const content = parseTranscriptFile('meeting_saved_closed_caption.txt', ZOOM_AS_TXT);
    const preview = previewTranscript(content, { fileName: 'meeting_saved_closed_caption.txt', encoding: 'utf-8' });
    expect(preview.format).toBe('vtt');
    expect(preview.segmentCount).toBe(2);
    expect(preview.durationMs).toBe(8000);
    expect(preview.speakers.map((speaker) => [speaker.label, speaker.segmentCount, speaker.firstLine])).toEqual([
      ['佐藤 一郎', 1, '本日はよろしくお願いします。'],
      ['田中 花子', 1, 'よろしくお願いいたします。'],
    ]);
    expect(preview.firstLines[1]).toMatchObject({ startMs: 5000, text: 'よろしくお願いいたします。' });
  });
  it('has no duration for text whose times were estimated', () => {
    const content = parseTranscriptFile('meet.txt', '佐藤: 志望動機を教えてください\n田中: はい\n');
    expect(previewTranscript(content, { fileName: 'meet.txt', encoding: 'utf-8' }).durationMs).toBeNull();
  });
});

describe('confirming a guessed role', () => {
  it('set-role drops the guess marker and its evidence, even when the role stays the same', () => {
    const transcript = {
      speakers: [
        {
          key: 'A',
          label: 'Speaker 1',
          role: 'interviewer' as const,
          guessed: true as const,
          evidence: [{ ja: '質問 5 件', en: '5 questions' }],
        },
      ],
      segments: [],
    };
    const edited = applyTranscriptEdit(transcript, { op: 'set-role', speaker: 'A', role: 'interviewer' });
    expect(edited.speakers[0]).toEqual({ key: 'A', label: 'Speaker 1', role: 'interviewer' });
  });
});

describe('our JSON keeps a guessed role a guess', () => {
  it('reads guessed and evidence back from an exported file', () => {
    const json = JSON.stringify({
      language: 'ja',
      speakers: [
        {
          key: 'S1',
          label: '話者1',
          role: 'interviewer',
          guessed: true,
          evidence: [{ ja: '質問 4 件', en: '4 questions' }],
        },
        { key: 'S2', label: '話者2', role: 'me' },
      ],
      segments: [{ id: 'seg-1', speaker: 'S1', startMs: 0, endMs: 1000, text: '自己紹介をお願いします。' }],
    });
    const content = parseTranscriptFile('export.json', json);
    expect(content.speakers).toEqual([
      {
        key: 'S1',
        label: '話者1',
        role: 'interviewer',
        guessed: true,
        evidence: [{ ja: '質問 4 件', en: '4 questions' }],
      },
      { key: 'S2', label: '話者2', role: 'me' },
    ]);
  });
});
