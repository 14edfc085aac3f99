import type { Bookmark, ChunkAck, DiskCapacity, LiveSessionView, LiveStopResult } from '@furikaeri/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/app-context';
import { type CallInit, type HttpTestApp, openHttpTestApp } from '../support/http-app';
import { TEST_PASSPHRASE } from '../support/temp-context';
import { pcmChunk } from './pcm-signals';

let http: HttpTestApp;
let ctx: AppContext;
let eventId: string;

beforeAll(async () => {
  http = await openHttpTestApp();
  ctx = http.ctx;
  const company = ctx.library.createCompany({ name: '株式会社エイチティーティーピー' });
  eventId = ctx.library.createEvent({ companyId: company.id, type: 'interview', consent: 'not_asked' }).id;
});
afterAll(() => http.cleanup());

function call(pathname: string, init: CallInit = {}) {
  return http.call(`/api${pathname}`, init);
}

const putChunk = (sessionId: string, seq: number | string, bytes: Uint8Array, offset = Number(seq) * 16_000) =>
  call(`/live-sessions/${sessionId}/chunks/${seq}`, {
    method: 'PUT',
    body: new Uint8Array(bytes),
    headers: { 'content-type': 'application/octet-stream', 'x-chunk-offset': String(offset) },
  });

async function startSession(): Promise<LiveSessionView> {
  const response = await call(`/events/${eventId}/live-sessions`, {
    method: 'POST',
    json: { mode: 'in_person', sampleRate: 16_000, channels: 1 },
  });
  expect(response.status).toBe(201);
  return (await response.json()) as LiveSessionView;
}

describe('the recorder’s HTTP API', () => {
  it('starts a session, acknowledges chunks, resends, gaps and a stop with the codes the page acts on', async () => {
    const session = await startSession();
    expect(session.processing).toEqual({ echoCancellation: false, noiseSuppression: false, autoGainControl: false });
    for (const seq of [0, 1, 2]) expect((await putChunk(session.id, seq, pcmChunk(seq))).status).toBe(200);
    const duplicate = await putChunk(session.id, 1, pcmChunk(1));
    expect((await duplicate.json()) as ChunkAck).toMatchObject({ duplicate: true, nextSeq: 3, savedMs: 1_500 });
    const gap = await putChunk(session.id, 7, pcmChunk(7));
    expect(gap.status).toBe(409);
    expect(await gap.json()).toMatchObject({ code: 'chunk_gap', details: { storedBytes: 48_000, nextSeq: 3 } });

    const bookmark = await call(`/live-sessions/${session.id}/bookmarks`, { method: 'POST', json: { offsetMs: 900 } });
    expect(bookmark.status).toBe(201);
    const heartbeat = await call(`/live-sessions/${session.id}/heartbeat`, { method: 'POST', json: { paused: true } });
    expect(((await heartbeat.json()) as LiveSessionView).nextSeq).toBe(3);

    const stop = await call(`/live-sessions/${session.id}/stop`, { method: 'POST', json: { reason: 'user' } });
    const result = (await stop.json()) as LiveStopResult;
    expect(result.recording?.source).toBe('recorder');
    expect(result.recording?.consent).toBe('not_asked');
    const late = await putChunk(session.id, 3, pcmChunk(3));
    expect(late.status).toBe(410);
    expect(await late.json()).toMatchObject({ code: 'session_closed', details: { nextSeq: 3, savedBytes: 48_000 } });

    const bookmarks = (await (await call(`/recordings/${session.recordingId}/bookmarks`)).json()) as Bookmark[];
    expect(bookmarks.map((entry) => entry.offsetMs)).toEqual([900]);
    const capture = (await (await call(`/recordings/${session.recordingId}/capture`)).json()) as LiveSessionView;
    expect(capture).toMatchObject({ status: 'finished', savedMs: 1_500 });
    await ctx.worker.drain();
  });

  it('refuses bodies and numbers that are not chunks', async () => {
    const session = await startSession();
    expect((await putChunk(session.id, 'abc', pcmChunk(0))).status).toBe(400);
    expect((await putChunk(session.id, -1, pcmChunk(0))).status).toBe(400);
    const noOffset = await call(`/live-sessions/${session.id}/chunks/0`, {
      method: 'PUT',
      body: new Uint8Array(pcmChunk(0)),
    });
    expect(noOffset.status).toBe(400);
    const huge = await putChunk(session.id, 0, new Uint8Array(400_000));
    expect(huge.status).toBe(400);
    expect(((await huge.json()) as { message: { en: string } }).message.en).toContain('too large');
    expect((await putChunk('lvs_unknown0000000', 0, pcmChunk(0))).status).toBe(404);
    const badStart = await call(`/events/${eventId}/live-sessions`, { method: 'POST', json: { mode: 'sideways' } });
    expect(badStart.status).toBe(400);
    await call(`/live-sessions/${session.id}/stop`, { method: 'POST', json: {} });
  });

  it('reports free disk space against the expected length of a recording', async () => {
    const response = await call('/live/capacity?minutes=90&sampleRate=16000&channels=2');
    const capacity = (await response.json()) as DiskCapacity;
    expect(capacity.minutes).toBe(90);
    // 90 minutes of 16 kHz stereo: twice 345.6 MB, plus headroom.
    expect(capacity.neededBytes).toBe(2 * 64_000 * 90 * 60 + 200 * 1024 * 1024);
    expect(capacity.freeBytes).toBeGreaterThan(0);
    expect(capacity.enough).toBe(capacity.freeBytes >= capacity.neededBytes);
    expect((await call('/live/capacity?minutes=-3')).status).toBe(400);
  });

  it('needs the unlocked library like every other route', async () => {
    await http.session.lock();
    const locked = await call('/live/capacity');
    expect(locked.status).toBe(423);
    await http.session.unlock(TEST_PASSPHRASE);
    ctx = http.session.require();
  });
});
