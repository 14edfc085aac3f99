import { describe, expect, it } from 'vitest';
import { sniffUploadKind } from '../../src/index';

const bytes = (...values: Array<number | string>): Uint8Array =>
  Uint8Array.from(
    values.flatMap((value) => (typeof value === 'string' ? [...value].map((c) => c.charCodeAt(0)) : value)),
  );
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('sniffUploadKind: audio or transcript by content, whatever the name', () => {
  it.each([
    ['WAV', bytes('RIFF', 0x24, 0, 0, 0, 'WAVEfmt ')],
    ['MP3 with ID3', bytes('ID3', 4, 0, 0)],
    ['MP3 frame', bytes(0xff, 0xfb, 0x90, 0x64)],
    ['AAC (ADTS)', bytes(0xff, 0xf1, 0x50, 0x80)],
    ['FLAC', bytes('fLaC', 0, 0, 0, 0x22)],
    ['Ogg/Opus', bytes('OggS', 0, 2)],
    ['WebM', bytes(0x1a, 0x45, 0xdf, 0xa3, 0x9f)],
    ['m4a', bytes(0, 0, 0, 0x20, 'ftypM4A ')],
    ['3gp', bytes(0, 0, 0, 0x18, 'ftyp3gp4')],
    ['AMR', bytes('#!AMR\n')],
  ])('%s is audio', (_name, head) => {
    expect(sniffUploadKind(head)).toBe('audio');
  });

  it.each([
    ['WebVTT', utf8('WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v 佐藤 一郎>本日はよろしくお願いします。')],
    ['SRT', utf8('1\r\n00:00:01,000 --> 00:00:02,000\r\nSpeaker 1: はい\r\n')],
    ['text with BOM', utf8('\uFEFF佐藤 一郎: よろしくお願いします\n')],
    ['JSON', utf8('{"segments":[]}')],
    // 「面接官」 in Shift_JIS: every byte is ≥ 0x80 or ASCII.
    ['Shift_JIS text', bytes(0x96, 0xca, 0x90, 0xda, 0x8a, 0xaf, 0x3a, 0x20, 0x82, 0xcd, 0x82, 0xa2, 0x0d, 0x0a)],
  ])('%s is a transcript', (_name, head) => {
    expect(sniffUploadKind(head)).toBe('transcript');
  });

  it('binary that is neither (a PDF with binary bytes, UTF-16, an empty file) is other', () => {
    expect(sniffUploadKind(bytes('%PDF-1.7\n%', 0xe2, 0xe3, 0x0a, 0x01, 0x00))).toBe('other');
    expect(sniffUploadKind(bytes(0xff, 0xfe, 'W', 0, 'E', 0))).not.toBe('transcript');
    expect(sniffUploadKind(new Uint8Array())).toBe('other');
  });
});
