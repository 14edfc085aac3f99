import { describe, expect, it } from 'vitest';
import { parseTranscriptFile, readTranscriptFile } from '../../src/index';
import { parseError } from './parse-helpers';

const SRT = `1
00:00:01,000 --> 00:00:04,200
面接官: 志望動機を教えてください。

2
00:00:05,000 --> 00:00:09,000
[自分] はい。御社を志望した理由は
二つあります。

3
00:00:09,100 --> 00:00:12,000
一つ目は、事業の社会性です。
`;

describe('SRT import', () => {
  it('reads numbered blocks, "Name:" and "[Name]" speakers, multi-line text and continuations', () => {
    const content = parseTranscriptFile('interview.srt', SRT);
    expect(content.source).toMatchObject({ format: 'srt' });
    expect(content.segments.map((s) => [s.speaker, s.startMs, s.endMs, s.text])).toEqual([
      ['面接官', 1000, 4200, '志望動機を教えてください。'],
      ['自分', 5000, 9000, 'はい。御社を志望した理由は二つあります。'],
      ['自分', 9100, 12000, '一つ目は、事業の社会性です。'],
    ]);
    expect(content.speakers.map((s) => [s.key, s.role])).toEqual([
      ['面接官', 'interviewer'],
      ['自分', 'me'],
    ]);
  });

  it('tolerates CRLF line ends, a BOM and a missing index', () => {
    const content = parseTranscriptFile('a.srt', '\uFEFF00:00:01,000 --> 00:00:02,000\r\nA: hello\r\n\r\n');
    expect(content.segments[0]).toMatchObject({ speaker: 'A', text: 'hello', startMs: 1000, endMs: 2000 });
  });

  it('skips a block whose timing line is missing or unreadable, keeps the rest and names the line', () => {
    const missing = readTranscriptFile(
      'a.srt',
      '1\n00:00:01,000 --> 00:00:02,000\nA: x\n\n2\nB: y\n\n3\n00:00:03,000 --> 00:00:04,000\nB: z\n',
    );
    expect(missing.content.segments.map((s) => s.text)).toEqual(['x', 'z']);
    expect(missing.warnings.map((w) => w.line)).toEqual([6]);
    const unreadable = readTranscriptFile(
      'a.srt',
      '1\n00:00:01,000 --> 00:00:02,000\nA: x\n\n2\n00:00:03,000 --> later\nB: y\n',
    );
    expect(unreadable.content.segments.map((s) => s.text)).toEqual(['x']);
    expect(unreadable.warnings).toHaveLength(1);
    expect(unreadable.warnings[0]?.message.en).toContain('Line 6');
    expect(unreadable.warnings[0]?.message.ja).toContain('6行目');
  });

  it('keeps a cue that ends before it starts, at its start, with a warning', () => {
    const parsed = readTranscriptFile('a.srt', '1\n00:00:03,000 --> 00:00:02,000\nA: x\n');
    expect(parsed.content.segments[0]).toMatchObject({ startMs: 3000, endMs: 3000 });
    expect(parsed.warnings.map((w) => w.line)).toEqual([2]);
  });

  it('refuses a file whose cues hold no speech, only markup', () => {
    const empty = parseError(() => parseTranscriptFile('a.srt', '1\n00:00:01,000 --> 00:00:02,000\n<i></i>\n'));
    expect(empty.userMessage.en).toContain('no speech');
  });
});
