import { describe, expect, it } from 'vitest';
import { displayFileName, fileExtension, formatBytes, formatDuration } from '../src/index';

describe('formatting', () => {
  it.each([
    [0, '0:00'],
    [999, '0:00'],
    [163_000, '2:43'],
    [3_723_000, '1:02:03'],
    [10_800_000, '3:00:00'],
  ])('formats %i ms as %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });

  it('formats sizes in binary units', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(5_216_044)).toBe('5.0 MB');
  });
});

describe('file names from users', () => {
  it('keeps only the last path component of either separator', () => {
    expect(displayFileName('C:\\Users\\me\\面接.m4a')).toBe('面接.m4a');
    expect(displayFileName('../../etc/passwd')).toBe('passwd');
    expect(displayFileName('..')).toBe('recording');
    expect(displayFileName('')).toBe('recording');
  });

  it('composes macOS NFD names and removes control and direction-override characters', () => {
    const nfd = 'ボイスメモ.m4a'.normalize('NFD');
    expect(displayFileName(nfd)).toBe('ボイスメモ.m4a');
    expect(displayFileName('evil\u202e4pm.exe')).toBe('evil4pm.exe');
    expect(displayFileName('a\u0000b\nc.wav')).toBe('abc.wav');
  });

  it('bounds the length but keeps the extension', () => {
    const name = displayFileName(`${'あ'.repeat(300)}.m4a`);
    expect(name.length).toBe(200);
    expect(name.endsWith('.m4a')).toBe(true);
    expect(fileExtension(name)).toBe('m4a');
  });
});
