import { describe, expect, it } from 'vitest';
import { detectTranscriptFormat, guessRole, guessRoles } from '../../src/index';

describe('role guessing on import', () => {
  it.each([
    ['面接官', 'interviewer'],
    ['人事の田中', 'interviewer'],
    ['Interviewer', 'interviewer'],
    ['採用担当 佐藤', 'interviewer'],
    ['自分', 'me'],
    ['私', 'me'],
    ['Me', 'me'],
    ['山田（自分）', 'me'],
    ['司会', 'moderator'],
    ['ファシリテーター', 'moderator'],
    ['学生A', 'candidate'],
    ['Candidate 2', 'candidate'],
    ['鈴木 花子', 'unknown'],
  ] as const)('%s → %s', (name, role) => {
    expect(guessRole(name)).toBe(role);
  });

  it('completes a two-person conversation from the side it knows, and leaves larger groups alone', () => {
    const pair = guessRoles([
      { key: '面接官', label: '面接官', role: 'unknown' },
      { key: '山田', label: '山田', role: 'unknown' },
    ]);
    expect(pair.map((s) => s.role)).toEqual(['interviewer', 'me']);
    const three = guessRoles([
      { key: 'A', label: '面接官', role: 'unknown' },
      { key: 'B', label: '山田', role: 'unknown' },
      { key: 'C', label: '鈴木', role: 'unknown' },
    ]);
    expect(three.map((s) => s.role)).toEqual(['interviewer', 'unknown', 'unknown']);
  });
});

describe('format detection', () => {
  it.each([
    ['a.vtt', 'x', 'vtt'],
    ['a.SRT', 'x', 'srt'],
    ['a.txt', 'x', 'text'],
    ['a.json', 'x', 'json'],
    ['noext', 'WEBVTT\n\n', 'vtt'],
    ['noext', '{"segments": []}', 'json'],
    ['noext', '1\n00:00:01,000 --> 00:00:02,000\nA: x', 'srt'],
    ['noext', 'A: x', 'text'],
  ] as const)('%s with %j → %s', (name, text, format) => {
    expect(detectTranscriptFormat(name, text)).toBe(format);
  });
});
