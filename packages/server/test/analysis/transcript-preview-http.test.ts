import type { Message, TranscriptPreview, TranscriptView } from '@furikaeri/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/app-context';
import { type HttpTestApp, openHttpTestApp } from '../support/http-app';

let http: HttpTestApp;
let ctx: AppContext;
let eventId: string;

beforeAll(async () => {
  http = await openHttpTestApp();
  ctx = http.ctx;
  eventId = ctx.library.createEvent({
    companyId: ctx.library.createCompany({ name: '株式会社プレビュー' }).id,
    type: 'interview',
  }).id;
});
afterAll(() => http.cleanup());

const preview = (name: string, body: Uint8Array | string, target = eventId): Promise<Response> =>
  http.call(`/api/events/${target}/transcripts/preview`, {
    method: 'POST',
    body,
    headers: { 'x-file-name': encodeURIComponent(name), 'content-type': 'application/octet-stream' },
  });

const ZOOM = `WEBVTT

1
00:00:01.000 --> 00:00:04.000
佐藤 一郎: 本日はよろしくお願いします。

2
00:00:05.000 --> 00:00:09.000
田中 花子: よろしくお願いいたします。
`;

describe('POST /api/events/:id/transcripts/preview', () => {
  it('parses a Zoom WebVTT named .txt by its content and saves nothing', async () => {
    const response = await preview('meeting_saved_closed_caption.txt', ZOOM);
    expect(response.status).toBe(200);
    const body = (await response.json()) as TranscriptPreview;
    expect(body).toMatchObject({ format: 'vtt', encoding: 'utf-8', segmentCount: 2 });
    expect(body.speakers.map((speaker) => speaker.label)).toEqual(['佐藤 一郎', '田中 花子']);
    const current = (await (await http.call(`/api/events/${eventId}/transcript`)).json()) as TranscriptView;
    expect(current.transcript).toBeNull();
  });

  it('says Shift_JIS when the file is', async () => {
    // 「面接官: はい」 in Shift_JIS
    const sjis = Uint8Array.from([0x96, 0xca, 0x90, 0xda, 0x8a, 0xaf, 0x3a, 0x20, 0x82, 0xcd, 0x82, 0xa2, 0x0a]);
    const body = (await (await preview('memo.txt', sjis)).json()) as TranscriptPreview;
    expect(body).toMatchObject({ format: 'text', encoding: 'shift_jis' });
    expect(body.firstLines[0]?.text).toBe('はい');
  });

  it('refuses audio with a pointer to the recording import; skips a broken cue and names its line', async () => {
    const wav = Uint8Array.from([...'RIFF'].map((c) => c.charCodeAt(0)).concat([0x24, 0, 0, 0]));
    const audio = await preview('interview.vtt', wav);
    expect(audio.status).toBe(415);
    expect(((await audio.json()) as { message: Message }).message.ja).toContain('音声ファイル');
    const broken = await preview(
      'x.srt',
      '1\n00:00:01,000 --> 00:00:02,000\nA: x\n\n2\n00:00:0x,000 --> 00:00:04,000\nB\n',
    );
    // As a browser drops a cue it cannot read, the rest is kept and the preview names the line.
    expect(broken.status).toBe(200);
    const kept = (await broken.json()) as { segmentCount: number; warnings: { line: number }[] };
    expect(kept.segmentCount).toBe(1);
    expect(kept.warnings.map((w) => w.line)).toEqual([6]);
    const unreadable = await preview('x.json', '{"language":"ja","speakers":[],"segments":[{]}');
    expect(unreadable.status).toBe(400);
    expect(((await unreadable.json()) as { details: { line: number } }).details.line).toBe(1);
    expect((await preview('a.vtt', ZOOM, 'ev_nope')).status).toBe(404);
  });
});
