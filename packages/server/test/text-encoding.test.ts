import { execFileSync } from 'node:child_process';
import { AppError, decodeJapaneseText } from '@furikaeri/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HttpTestApp, openHttpTestApp } from './support/http-app';

/** Real encoder output (glibc's iconv), not bytes written by hand. */
function encode(text: string, encoding: 'EUC-JP' | 'SHIFT_JIS'): Buffer {
  return execFileSync('iconv', ['-f', 'UTF-8', '-t', encoding], { input: text });
}

let iconvPresent = true;
try {
  execFileSync('iconv', ['--version']);
} catch {
  iconvPresent = false;
}

const SAMPLES = [
  '面接官: 本日はよろしくお願いします。まず自己紹介をお願いできますか\n自分: はい、東京大学工学部の佐藤一郎です\n',
  '佐藤 一郎: 志望動機を教えてください\n話者2: 御社のサービスを学生時代から使っていて\n',
  'Speaker 1: 前回の面接ではどのような質問がありましたか\nSpeaker 2: ガクチカについて深掘りされました\n',
  '00:00:01 田中: えーと、あのー、そうですね。チームで開発した経験があります。\n',
  'ｶﾀｶﾅ混じり: ﾊﾞｲﾄﾘｰﾀﾞｰとして売上を１２０％にしました\n',
];

describe.skipIf(!iconvPresent)('Japanese text files in any of the usual encodings', () => {
  for (const [index, text] of SAMPLES.entries()) {
    it(`reads sample ${index + 1} from EUC-JP, Shift_JIS and UTF-8 alike`, () => {
      expect(decodeJapaneseText(encode(text, 'EUC-JP'))).toEqual({ text, encoding: 'euc-jp' });
      expect(decodeJapaneseText(encode(text, 'SHIFT_JIS'))).toEqual({ text, encoding: 'shift_jis' });
      expect(decodeJapaneseText(new TextEncoder().encode(text))).toEqual({ text, encoding: 'utf-8' });
    });
  }

  it('reads a short EUC-JP line (few bytes to judge by)', () => {
    expect(decodeJapaneseText(encode('はい\n', 'EUC-JP')).text).toBe('はい\n');
    expect(decodeJapaneseText(encode('面接\n', 'EUC-JP')).text).toBe('面接\n');
  });
});

describe('text in no Japanese encoding', () => {
  it('is refused in words, not shown garbled', () => {
    const bytes = Uint8Array.from([0x80, 0xff, 0xfe, 0x00, 0x85, 0xa0, 0xff, 0x80]);
    const error = (() => {
      try {
        decodeJapaneseText(bytes);
        return null;
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).userMessage.ja).toContain('EUC-JP');
  });
});

describe.skipIf(!iconvPresent)('an EUC-JP transcript file through the import route', () => {
  let http: HttpTestApp;
  beforeAll(async () => {
    http = await openHttpTestApp();
  });
  afterAll(async () => {
    await http.cleanup();
  });

  it('is read as Japanese, speakers and all, not garbled or refused', async () => {
    const eventId = http.ctx.library.createEvent({ companyId: null, type: 'practice' }).id;
    const text = '面接官: 学生時代に力を入れたことは何ですか\n自分: えーと、サークルの代表として新入生を増やしました\n';
    const response = await http.call(`/api/events/${eventId}/transcripts`, {
      method: 'POST',
      body: encode(text, 'EUC-JP'),
      headers: { 'x-file-name': 'memo.txt' },
    });
    expect(response.status).toBe(201);
    const { transcript } = (await response.json()) as {
      transcript: { speakers: { label: string }[]; segments: { text: string }[] };
    };
    expect(transcript.speakers.map((speaker) => speaker.label)).toEqual(['面接官', '自分']);
    expect(transcript.segments.map((segment) => segment.text)).toEqual([
      '学生時代に力を入れたことは何ですか',
      'えーと、サークルの代表として新入生を増やしました',
    ]);
  });
});
