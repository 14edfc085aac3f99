import { describe, expect, it } from 'vitest';
import { parseTranscriptFile, readTranscriptFile } from '../../src/index';
import { parseError } from './parse-helpers';

const ZOOM = `WEBVTT

1
00:00:01.020 --> 00:00:04.500
面接官 田中: 本日はよろしくお願いします。

2
00:00:05.000 --> 00:00:07.250
山田: よろしくお願いいたします。

3
00:00:07.300 --> 00:00:09.000
山田: 本日はオンラインで失礼します。
`;

const TEAMS = `WEBVTT

3b1c2f1e-8a4e-4b1e-9a1f-6e5b1d7d2a11/12-0
00:00:00.000 --> 00:00:03.520
<v 人事 佐藤>それでは、自己紹介をお願いします。</v>

3b1c2f1e-8a4e-4b1e-9a1f-6e5b1d7d2a11/13-0
00:00:04.100 --> 00:00:09.000
<v 鈴木 花子>はい。鈴木花子と申します。&lt;笑&gt;</v>
`;

const MEET = `WEBVTT
Kind: captions
Language: ja

NOTE Google Meet の字幕を書き出したもの

00:01.000 --> 00:03.000 align:start position:0%
<v Interviewer>Could you introduce yourself?

00:03.500 --> 00:06.000
<v Me>はい、<c.yellow>山田</c>です。
`;

describe('WebVTT import', () => {
  it('reads Zoom cues ("Name: text") with exact times and one speaker per name', () => {
    const content = parseTranscriptFile('zoom.vtt', ZOOM);
    expect(content.source).toEqual({ kind: 'import', format: 'vtt', fileName: 'zoom.vtt' });
    expect(content.language).toBe('ja');
    expect(content.segments.map((s) => [s.speaker, s.startMs, s.endMs, s.text])).toEqual([
      ['面接官 田中', 1020, 4500, '本日はよろしくお願いします。'],
      ['山田', 5000, 7250, 'よろしくお願いいたします。'],
      ['山田', 7300, 9000, '本日はオンラインで失礼します。'],
    ]);
    expect(content.speakers.map(({ key, label, role, guessed }) => ({ key, label, role, guessed }))).toEqual([
      { key: '面接官 田中', label: '面接官 田中', role: 'interviewer', guessed: true },
      { key: '山田', label: '山田', role: 'me', guessed: true },
    ]);
    expect(content.segments.map((s) => s.id)).toEqual(['seg-1', 'seg-2', 'seg-3']);
  });

  it('reads Teams voice tags and GUID cue ids, decoding entities', () => {
    const content = parseTranscriptFile('meeting.vtt', TEAMS);
    expect(content.segments.map((s) => [s.speaker, s.text])).toEqual([
      ['人事 佐藤', 'それでは、自己紹介をお願いします。'],
      ['鈴木 花子', 'はい。鈴木花子と申します。<笑>'],
    ]);
    expect(content.segments[1]?.startMs).toBe(4100);
  });

  it('reads Google Meet captions: header metadata, NOTE blocks, cue settings, hour-less times, class spans', () => {
    const content = parseTranscriptFile('meet.vtt', MEET);
    expect(content.segments.map((s) => [s.speaker, s.startMs, s.endMs, s.text])).toEqual([
      ['Interviewer', 1000, 3000, 'Could you introduce yourself?'],
      ['Me', 3500, 6000, 'はい、山田です。'],
    ]);
    expect(content.speakers.map((s) => s.role)).toEqual(['interviewer', 'me']);
  });

  it('keeps the previous speaker for a cue that names nobody, and splits a two-voice cue by text length', () => {
    const content = parseTranscriptFile(
      'a.vtt',
      'WEBVTT\n\n00:00:00.000 --> 00:00:02.000\n<v A>はい\n\n00:00:02.000 --> 00:00:04.000\n続きです\n\n00:00:04.000 --> 00:00:10.000\n- <v A>何名ですか\n- <v B>五名です。はい\n',
    );
    expect(content.segments.map((s) => [s.speaker, s.startMs, s.endMs])).toEqual([
      ['A', 0, 2000],
      ['A', 2000, 4000],
      ['A', 4000, 6500],
      ['B', 6500, 10000],
    ]);
  });

  it('refuses a file without the WEBVTT header, naming line 1', () => {
    const error = parseError(() => parseTranscriptFile('a.vtt', '1\n00:00:01.000 --> 00:00:02.000\nhello\n'));
    expect(error.code).toBe('validation');
    expect(error.details).toMatchObject({ line: 1 });
    expect(error.userMessage.ja).toContain('1行目');
    expect(error.userMessage.en).toContain('line 1');
  });

  it('drops a cue with an unreadable timing line as a browser does, keeps the rest, and names the line', () => {
    const text =
      'WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\nA: はい\n\n2\n00:00:03.000 --> 00:0x:04.000\nB: いいえ\n\n3\n00:00:05.000 --> 00:00:06.000\nB: そうです\n';
    const parsed = readTranscriptFile('a.vtt', text);
    expect(parsed.content.segments.map((s) => [s.speaker, s.text])).toEqual([
      ['A', 'はい'],
      ['B', 'そうです'],
    ]);
    expect(parsed.warnings.map((w) => w.line)).toEqual([8]);
    expect(parsed.warnings[0]?.message.ja).toContain('8行目');
    expect(parsed.warnings[0]?.message.en).toContain('Line 8');
  });

  it('keeps a reversed cue at its start with a warning; drops a block without timing; refuses a file left empty', () => {
    const reversed = readTranscriptFile('a.vtt', 'WEBVTT\n\n00:00:05.000 --> 00:00:02.000\nA: x\n');
    expect(reversed.content.segments[0]).toMatchObject({ startMs: 5000, endMs: 5000, text: 'x' });
    expect(reversed.warnings.map((w) => w.line)).toEqual([3]);
    const untimed = readTranscriptFile(
      'a.vtt',
      'WEBVTT\n\nA: ただの文\nもう一行\n\n00:00:01.000 --> 00:00:02.000\nB: はい\n',
    );
    expect(untimed.content.segments.map((s) => s.text)).toEqual(['はい']);
    expect(untimed.warnings.map((w) => w.line)).toEqual([3]);
    expect(
      parseError(() => parseTranscriptFile('a.vtt', 'WEBVTT\n\nA: ただの文\nもう一行\n')).userMessage.en,
    ).toContain('no speech');
  });

  it('refuses a file with no speech and an empty file', () => {
    expect(parseError(() => parseTranscriptFile('a.vtt', 'WEBVTT\n\nNOTE nothing here\n')).code).toBe('validation');
    expect(parseError(() => parseTranscriptFile('a.vtt', '  \n')).code).toBe('empty_file');
  });

  // Edge cases of the WebVTT file-parsing rules (in the manner of the web-platform tests), written for us.
  it.each([
    ['hour-less times', '00:01.000 --> 00:02.000', [[1000, 2000]]],
    ['no spaces around the arrow', '00:00:01.000-->00:00:02.000', [[1000, 2000]]],
    ['settings after the end time', '00:00:01.000 --> 00:00:02.000 align:start position:10% line:0', [[1000, 2000]]],
    ['minutes over 59', '00:60:01.000 --> 00:60:02.000', []],
    ['two-digit milliseconds', '00:00:01.00 --> 00:00:02.000', []],
    ['a comma for the decimal point (SRT style)', '00:00:01,000 --> 00:00:02,000', []],
    ['hours of three digits', '100:00:01.000 --> 100:00:02.000', [[360_001_000, 360_002_000]]],
  ] as const)('timing: %s', (_name, timing, expected) => {
    const text = `WEBVTT\n\n${timing}\nA: 一つ目\n\n00:00:03.000 --> 00:00:04.000\nA: 二つ目\n`;
    const { content, warnings } = readTranscriptFile('a.vtt', text);
    const first = content.segments.filter((segment) => segment.text === '一つ目');
    expect(first.map((segment) => [segment.startMs, segment.endMs])).toEqual(expected);
    expect(warnings.map((warning) => warning.line)).toEqual(expected.length === 0 ? [3] : []);
    expect(content.segments.some((segment) => segment.text === '二つ目')).toBe(true);
  });

  it('reads cue text as the spec does: references decoded once, unknown tags dropped, ruby text left out', () => {
    const text =
      'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v.loud Jos&eacute;>&amp;lt; is &quot;less&quot; &copy; <u>x</u><foo>y</foo> <ruby>漢字<rt>かんじ</rt></ruby>\n';
    const segment = readTranscriptFile('a.vtt', text).content.segments[0];
    expect(segment?.speaker).toBe('José');
    expect(segment?.text).toBe('&lt; is "less" © xy 漢字');
  });
});
