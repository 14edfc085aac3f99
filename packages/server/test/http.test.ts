import fs from 'node:fs';
import path from 'node:path';
import type {
  Application,
  Company,
  CompanyDetail,
  EventDetail,
  IngestResult,
  JobEvent,
  Message,
} from '@furikaeri/core';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../src/app-context';
import { createHttpApp } from '../src/http/app';
import { writeText, writeTone } from './support/audio-files';
import { readStored, TEST_PASSPHRASE, type TempSession, tempDir, tempSession } from './support/temp-context';

const TOKEN = 'test-token-0123456789abcdef';
const HOST = '127.0.0.1:4280';
const BASE = `http://${HOST}`;

let env: TempSession;
let ctx: AppContext;
let app: Hono;
let files: string;
let webRoot: string;

beforeAll(async () => {
  env = tempSession();
  await env.session.setup(TEST_PASSPHRASE);
  ctx = env.session.require();
  files = tempDir();
  webRoot = tempDir('furikaeri-web-');
  fs.writeFileSync(path.join(webRoot, 'index.html'), '<!doctype html><title>furikaeri</title>');
  app = createHttpApp(env.session, { token: TOKEN, allowedHosts: [HOST, 'localhost:4280'], webRoot });
});
afterAll(async () => {
  await env.cleanup();
  fs.rmSync(files, { recursive: true, force: true });
  fs.rmSync(webRoot, { recursive: true, force: true });
});

interface ErrorJson {
  code: string;
  message: Message;
  details: { fields: Record<string, Message>; recordingId: string };
}

async function json<T = ErrorJson>(response: Response): Promise<T> {
  return (await response.json()) as T;
}

function call(pathname: string, init: RequestInit & { json?: unknown } = {}) {
  const headers = new Headers(init.headers);
  if (!headers.has('authorization')) headers.set('authorization', `Bearer ${TOKEN}`);
  if (!headers.has('host')) headers.set('host', HOST);
  let body = init.body;
  if (init.json !== undefined) {
    body = JSON.stringify(init.json);
    headers.set('content-type', 'application/json');
  }
  return app.request(`${BASE}${pathname}`, { ...init, headers, body });
}

describe('the server only answers its own page', () => {
  it('rejects API calls without the session token', async () => {
    const response = await call('/api/companies', { headers: { authorization: 'Bearer wrong' } });
    expect(response.status).toBe(401);
    expect((await json(response)).message.ja).toContain('URL');
  });

  it('rejects a foreign Host header (DNS rebinding), even with the token', async () => {
    const response = await call('/api/companies', { headers: { host: 'attacker.example:4280' } });
    expect(response.status).toBe(403);
  });

  it('rejects a request from another origin (CSRF), even with the token', async () => {
    const response = await call('/api/companies', {
      method: 'POST',
      json: { name: 'X' },
      headers: { origin: 'http://evil.example' },
    });
    expect(response.status).toBe(403);
    expect(ctx.repos.companies.findByName('X')).toBeNull();
  });

  it('exchanges the printed token for an HttpOnly SameSite=Strict cookie and strips it from the URL', async () => {
    const login = await app.request(`${BASE}/?token=${TOKEN}`, { headers: { host: HOST } });
    expect(login.status).toBe(303);
    expect(login.headers.get('location')).toBe('/');
    const cookie = login.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/furikaeri_session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const withCookie = await app.request(`${BASE}/api/health`, {
      headers: { host: HOST, cookie: cookie.split(';')[0] ?? '', origin: BASE },
    });
    expect(withCookie.status).toBe(200);
    const wrong = await app.request(`${BASE}/?token=nope`, { headers: { host: HOST } });
    expect(wrong.status).toBe(403);
  });

  it('sends a strict Content-Security-Policy with the page', async () => {
    const page = await app.request(`${BASE}/`, { headers: { host: HOST } });
    expect(page.status).toBe(200);
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('does not serve files outside the UI folder', async () => {
    const response = await app.request(`${BASE}/..%2f..%2fetc%2fpasswd`, { headers: { host: HOST } });
    expect(await response.text()).not.toContain('root:');
  });
});

describe('library API', () => {
  it('creates, reads, updates and deletes companies and events, with clear validation errors', async () => {
    const invalid = await call('/api/companies', { method: 'POST', json: { name: '  ' } });
    expect(invalid.status).toBe(400);
    expect((await json(invalid)).details.fields.name?.ja).toBe('入力してください');

    const created = await call('/api/companies', { method: 'POST', json: { name: '株式会社HTTP', notes: '第一志望' } });
    expect(created.status).toBe(201);
    const company = await json<Company>(created);
    const twice = await call('/api/companies', { method: 'POST', json: { name: '株式会社HTTP' } });
    expect(twice.status).toBe(409);

    const application = await json<Application>(
      await call('/api/applications', {
        method: 'POST',
        json: { companyId: company.id, role: 'バックエンドエンジニア' },
      }),
    );
    expect(application.status).toBe('in_progress');

    const badEvent = await call('/api/events', {
      method: 'POST',
      json: { companyId: company.id, type: 'roundtable', round: 'final', date: '2026-02-30' },
    });
    expect(badEvent.status).toBe(400);
    const fields = (await json(badEvent)).details.fields;
    expect(Object.keys(fields).sort()).toEqual(['date', 'round']);

    const event = await json<JobEvent>(
      await call('/api/events', {
        method: 'POST',
        json: {
          companyId: company.id,
          applicationId: application.id,
          type: 'interview',
          round: 'second',
          date: '2026-12-01',
          time: '14:00',
          participants: [{ name: '', role: '人事部長' }],
          consent: 'granted',
        },
      }),
    );
    const patched = await json<JobEvent>(
      await call(`/api/events/${event.id}`, { method: 'PATCH', json: { notes: '逆質問を準備' } }),
    );
    expect(patched).toMatchObject({ notes: '逆質問を準備', round: 'second', consent: 'granted' });

    // The event form offers only the company's own applications; the API refuses any other, on create and edit.
    const other = await json<Company>(await call('/api/companies', { method: 'POST', json: { name: '株式会社よそ' } }));
    const foreign = await json<Application>(
      await call('/api/applications', { method: 'POST', json: { companyId: other.id, role: '営業' } }),
    );
    const moved = await call(`/api/events/${event.id}`, { method: 'PATCH', json: { applicationId: foreign.id } });
    expect(moved.status).toBe(400);
    expect(await json(moved)).toMatchObject({ code: 'validation', message: { ja: '応募と企業が一致しません' } });
    const foreignEvent = await call('/api/events', {
      method: 'POST',
      json: { companyId: company.id, applicationId: foreign.id, type: 'interview' },
    });
    expect(foreignEvent.status).toBe(400);
    expect((await json<EventDetail>(await call(`/api/events/${event.id}`))).event.applicationId).toBe(application.id);

    const detail = await json<CompanyDetail>(await call(`/api/companies/${company.id}`));
    expect(detail.applications).toHaveLength(1);
    expect(detail.events.map((summary) => summary.id)).toEqual([event.id]);

    expect((await call(`/api/events/${event.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await call(`/api/events/${event.id}`)).status).toBe(404);
    expect((await call('/api/events/ev_doesnotexist')).status).toBe(404);
  });

  it('answers malformed JSON with 400, not a stack trace', async () => {
    const response = await call('/api/companies', {
      method: 'POST',
      body: '{"name": ',
      headers: { 'content-type': 'application/json' },
    });
    expect(response.status).toBe(400);
    expect((await json(response)).code).toBe('validation');
  });
});

describe('upload and playback', () => {
  let eventId: string;
  beforeAll(async () => {
    const company = ctx.library.createCompany({ name: '再生テスト株式会社' });
    eventId = ctx.library.createEvent({ companyId: company.id, type: 'ob_og_visit', consent: 'granted' }).id;
  });

  async function upload(file: string, name: string) {
    return call(`/api/events/${eventId}/recordings`, {
      method: 'POST',
      body: fs.readFileSync(file),
      headers: { 'x-file-name': encodeURIComponent(name), 'content-type': 'application/octet-stream' },
    });
  }

  it('streams an upload in, decodes it in the job, and plays it back as WAV with Range requests', async () => {
    const file = writeTone(path.join(files, 'memo.m4a'), { seconds: 4, codec: ['-c:a', 'aac'] });
    const response = await upload(file, 'ボイスメモ 2026-11-24.m4a');
    expect(response.status).toBe(201);
    const result = await json<IngestResult>(response);
    expect(result.recording).toMatchObject({
      status: 'importing',
      originalName: 'ボイスメモ 2026-11-24.m4a',
      consent: 'granted',
    });
    expect(result.job).toMatchObject({ type: 'import', status: 'queued' });
    await ctx.worker.drain();

    const detail = await json<EventDetail>(await call(`/api/events/${eventId}`));
    const recording = detail.recordings[0];
    expect(recording?.status).toBe('ready');
    const pcmBytes = recording?.pcm?.bytes ?? 0;

    const whole = await call(`/api/recordings/${result.recording.id}/audio`);
    expect(whole.status).toBe(200);
    expect(whole.headers.get('accept-ranges')).toBe('bytes');
    expect(whole.headers.get('content-type')).toBe('audio/wav');
    const wav = Buffer.from(await whole.arrayBuffer());
    expect(wav.length).toBe(44 + pcmBytes);
    expect(wav.subarray(0, 4).toString('ascii')).toBe('RIFF');
    expect(wav.readUInt32LE(24)).toBe(16_000);
    expect(wav.readUInt32LE(40)).toBe(pcmBytes);

    const pcm = await readStored(ctx, result.recording.id, 'pcm');
    const middle = await call(`/api/recordings/${result.recording.id}/audio`, { headers: { range: 'bytes=40-1043' } });
    expect(middle.status).toBe(206);
    expect(middle.headers.get('content-range')).toBe(`bytes 40-1043/${44 + pcmBytes}`);
    const slice = Buffer.from(await middle.arrayBuffer());
    expect(slice.length).toBe(1004);
    expect(slice.subarray(0, 4).equals(wav.subarray(40, 44))).toBe(true);
    expect(slice.subarray(4).equals(pcm.subarray(0, 1000))).toBe(true);

    const tail = await call(`/api/recordings/${result.recording.id}/audio`, { headers: { range: 'bytes=-100' } });
    expect(Buffer.from(await tail.arrayBuffer()).equals(pcm.subarray(pcm.length - 100))).toBe(true);

    const beyond = await call(`/api/recordings/${result.recording.id}/audio`, {
      headers: { range: `bytes=${44 + pcmBytes}-` },
    });
    expect(beyond.status).toBe(416);
  });

  it('refuses non-audio (415) and empty files (400) with a message, and keeps nothing', async () => {
    const before = ctx.repos.recordings.listByEvent(eventId).length;
    const text = await upload(writeText(path.join(files, 'memo.txt'), 'not audio at all'), 'memo.m4a');
    expect(text.status).toBe(415);
    expect((await json(text)).message.ja).toContain('音声');
    const empty = await upload(writeText(path.join(files, 'empty.m4a'), ''), 'empty.m4a');
    expect(empty.status).toBe(400);
    expect(ctx.repos.recordings.listByEvent(eventId).length).toBe(before);
  });

  it('says 409 with the first copy for a duplicate upload', async () => {
    const file = writeTone(path.join(files, 'dup.wav'), { seconds: 1.5 });
    const first = await json<IngestResult>(await upload(file, 'a.wav'));
    const second = await upload(file, 'b.wav');
    expect(second.status).toBe(409);
    expect((await json(second)).details.recordingId).toBe(first.recording.id);
  });

  it('pushes job progress over server-sent events', async () => {
    const response = await call('/api/stream');
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const reader = response.body?.getReader();
    if (!reader) throw new Error('no body');
    const decoder = new TextDecoder();
    let text = '';
    const file = writeTone(path.join(files, 'sse.wav'), { seconds: 1.2 });
    const uploaded = upload(file, 'sse.wav');
    while (!text.includes('event: job')) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value);
    }
    await reader.cancel();
    await uploaded;
    expect(text).toContain('event: ready');
    expect(text).toMatch(/event: job\ndata: \{"type":"job"/);
  });
});
