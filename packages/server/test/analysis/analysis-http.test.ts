import fs from 'node:fs';
import path from 'node:path';
import type { AnalysisReport, Message, Transcript, TranscriptView } from '@furikaeri/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/app-context';
import { type HttpTestApp, openHttpTestApp } from '../support/http-app';
import { FIXTURE_DIR } from './support/fixtures';

let http: HttpTestApp;
let ctx: AppContext;
let eventId: string;

beforeAll(async () => {
  http = await openHttpTestApp();
  ctx = http.ctx;
  eventId = ctx.library.createEvent({
    companyId: ctx.library.createCompany({ name: '株式会社テスト' }).id,
    type: 'interview',
  }).id;
});
afterAll(() => http.cleanup());

function call(pathname: string, init: RequestInit = {}): Promise<Response> {
  return http.call(pathname, init);
}

function upload(name: string, body: Uint8Array | string, target = eventId): Promise<Response> {
  return call(`/api/events/${target}/transcripts`, {
    method: 'POST',
    body,
    headers: { 'x-file-name': encodeURIComponent(name), 'content-type': 'application/octet-stream' },
  });
}

interface ErrorBody {
  code: string;
  message: Message;
  details?: { line?: number };
}

describe('transcript import and analysis over HTTP', () => {
  it('imports a Teams VTT (Japanese file name) as the current transcript and queues the analysis', async () => {
    const vtt = fs.readFileSync(path.join(FIXTURE_DIR, '11-teams-second-round.vtt'));
    const response = await upload('二次面接 Teams.vtt', vtt);
    expect(response.status).toBe(201);
    const body = (await response.json()) as { transcript: Transcript; job: { type: string; status: string } };
    expect(body.transcript.source).toEqual({ kind: 'import', format: 'vtt', fileName: '二次面接 Teams.vtt' });
    expect(body.job).toMatchObject({ type: 'analyse', status: 'queued' });
    const current = (await (await call(`/api/events/${eventId}/transcript`)).json()) as TranscriptView;
    expect(current.transcript?.id).toBe(body.transcript.id);
  });

  it('serves the analysis as JSON (computing it when the job has not run yet)', async () => {
    const response = await call(`/api/events/${eventId}/analysis`);
    expect(response.status).toBe(200);
    const { report } = (await response.json()) as { report: AnalysisReport };
    expect(report.questions.length).toBeGreaterThan(5);
    expect(report.summary.focus.length).toBeGreaterThan(0);
  });

  it('corrects roles and the analysis follows', async () => {
    const response = await call(`/api/events/${eventId}/transcript/speakers`, {
      method: 'PUT',
      body: JSON.stringify([
        { key: '石田 部長', role: 'interviewer' },
        { key: '木下 拓也', role: 'me', label: '自分' },
      ]),
      headers: { 'content-type': 'application/json' },
    });
    expect(response.status).toBe(200);
    const { report } = (await (await call(`/api/events/${eventId}/analysis`)).json()) as { report: AnalysisReport };
    expect(report.speakers.find((s) => s.key === '木下 拓也')).toMatchObject({ label: '自分', role: 'me' });
    const strength = report.questions.find((q) => q.question.text.includes('強み'));
    expect(strength?.answer?.relevance.flags).toEqual(['no_concrete_example']);
  });

  it('downloads the report as Markdown, in Japanese or English', async () => {
    const ja = await call(`/api/events/${eventId}/analysis.md`);
    expect(ja.status).toBe(200);
    expect(ja.headers.get('content-type')).toContain('text/markdown');
    expect(ja.headers.get('content-disposition')).toMatch(/attachment; filename="furikaeri-.*-ja\.md"/);
    expect(await ja.text()).toContain('## 質問と回答');
    const en = await call(`/api/events/${eventId}/analysis.md?lang=en`);
    expect(await en.text()).toContain('## Questions and answers');
    // Both saved into one Downloads folder: the second must not overwrite (or become "(1)") the first.
    expect(en.headers.get('content-disposition')).toMatch(/attachment; filename="furikaeri-.*-en\.md"/);
    expect(en.headers.get('content-disposition')).not.toBe(ja.headers.get('content-disposition'));
  });

  it('reads and stores the norms', async () => {
    const put = await call('/api/settings/analysis-norms', {
      method: 'PUT',
      body: JSON.stringify({ fillers: { okPerMinute: 4 } }),
      headers: { 'content-type': 'application/json' },
    });
    expect(((await put.json()) as { fillers: { okPerMinute: number } }).fillers.okPerMinute).toBe(4);
    const get = (await (await call('/api/settings/analysis-norms')).json()) as {
      fillers: { okPerMinute: number; harmfulPerMinute: number };
    };
    expect(get.fillers).toMatchObject({ okPerMinute: 4, harmfulPerMinute: 12 });
  });

  it('reads a Shift_JIS text file (as Windows tools write it)', async () => {
    const other = ctx.library.createEvent({ companyId: null, type: 'practice' }).id;
    const sjis = Buffer.from([
      0x96, 0xca, 0x90, 0xda, 0x8a, 0xaf, 0x81, 0x46, 0x8e, 0xa9, 0x8c, 0xc8, 0x8f, 0xd0, 0x89, 0xee, 0x82, 0xf0, 0x82,
      0xa8, 0x8a, 0xe8, 0x82, 0xa2, 0x82, 0xb5, 0x82, 0xdc, 0x82, 0xb7, 0x81, 0x42,
    ]);
    const response = await upload('メモ.txt', sjis, other);
    expect(response.status).toBe(201);
    const body = (await response.json()) as { transcript: Transcript };
    expect(body.transcript.segments[0]).toMatchObject({ speaker: '面接官', text: '自己紹介をお願いします。' });
  });

  it('keeps the rest of a caption file with one malformed cue, and returns a warning naming its line', async () => {
    const response = await upload(
      'broken.srt',
      '1\n00:00:01,000 --> 00:00:02,000\nA: x\n\n2\n00:00:0x,000 --> 00:00:04,000\nB: y\n\n3\n00:00:05,000 --> 00:00:06,000\nB: z\n',
    );
    expect(response.status).toBe(201);
    const body = (await response.json()) as {
      transcript: Transcript;
      warnings: Array<{ line: number; message: Message }>;
    };
    expect(body.transcript.segments.map((segment) => segment.text)).toEqual(['x', 'z']);
    expect(body.warnings.map((warning) => warning.line)).toEqual([6]);
    expect(body.warnings[0]?.message.ja).toContain('6行目');
  });

  it('refuses a malformed file naming the line, and answers 404 for an unknown event or no transcript', async () => {
    const bad = await upload('broken.txt', 'A: はい\n: 名前のない行\n');
    expect(bad.status).toBe(400);
    const error = (await bad.json()) as ErrorBody;
    expect(error.details?.line).toBe(2);
    expect(error.message.ja).toContain('2行目');
    expect((await upload('a.vtt', 'WEBVTT\n', 'ev_nope')).status).toBe(404);
    const empty = ctx.library.createEvent({ companyId: null, type: 'practice' }).id;
    const none = await call(`/api/events/${empty}/analysis`);
    expect(none.status).toBe(404);
    expect(((await none.json()) as ErrorBody).message.ja).toContain('文字起こし');
  });
});
