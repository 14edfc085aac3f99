import { describe, expect, it } from 'vitest';
import { detectTranscriptFormat } from '../../src/index';

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
