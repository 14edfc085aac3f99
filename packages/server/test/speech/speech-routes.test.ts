import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/app-context';
import { DEFAULT_SPEECH_SETTINGS } from '../../src/speech/speech-settings';
import { fileBody, join, writeTone } from '../support/audio-files';
import { type HttpTestApp, openHttpTestApp } from '../support/http-app';
import { tempDir } from '../support/temp-context';

let http: HttpTestApp;
let ctx: AppContext;

beforeAll(async () => {
  http = await openHttpTestApp();
  ctx = http.ctx;
});
afterAll(() => http.cleanup());

function call(pathname: string, method = 'GET', json?: unknown) {
  return http.call(`/api${pathname}`, { method, json });
}

describe('voice enrolment over HTTP', () => {
  it('reports no enrolment at first', async () => {
    const response = await call('/voiceprint');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ enrolled: false, speechMs: null, source: null, createdAt: null });
  });

  it('refuses a malformed enrolment with the fields named, and an unknown recording with 404', async () => {
    const bad = await call('/voiceprint', 'POST', { recordingId: 'rec_x', startMs: -1 });
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as { details: { fields: Record<string, unknown> } };
    expect(Object.keys(body.details.fields).sort()).toEqual(['endMs', 'startMs']);
    const missing = await call('/voiceprint', 'POST', { recordingId: 'rec_unknown00', startMs: 0, endMs: 5_000 });
    expect(missing.status).toBe(404);
  });

  it('forgets the enrolment on DELETE', async () => {
    ctx.repos.settings.set('voiceprint', {
      version: 1,
      vector: [1, 2],
      speechMs: 5_000,
      source: { recordingId: 'rec_x', startMs: 0, endMs: 5_000 },
      createdAt: '2026-11-24T00:00:00.000Z',
    });
    expect(await (await call('/voiceprint')).json()).toMatchObject({ enrolled: true, speechMs: 5_000 });
    const response = await call('/voiceprint', 'DELETE');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ enrolled: false });
    expect(ctx.voiceprint.summary().enrolled).toBe(false);
  });
});

describe('speech settings over HTTP', () => {
  it('starts from the defaults: SenseVoice small, Japanese, automatic diarization', async () => {
    expect(await (await call('/settings/speech')).json()).toEqual(DEFAULT_SPEECH_SETTINGS);
  });

  it('changes the fields given and refuses values it does not know', async () => {
    const changed = await call('/settings/speech', 'PUT', { language: 'en', asrModelId: 'whisper-tiny' });
    expect(await changed.json()).toMatchObject({ language: 'en', asrModelId: 'whisper-tiny', diarization: 'auto' });
    const refused = await call('/settings/speech', 'PUT', { language: 'fr' });
    expect(refused.status).toBe(400);
    expect(ctx.speechSettings.get().language).toBe('en');
  });
});

describe('transcribing again over HTTP', () => {
  it('queues a transcribe job for an imported recording, once at a time', async () => {
    const files = tempDir();
    try {
      const company = ctx.library.createCompany({ name: '株式会社HTTP' });
      const eventId = ctx.library.createEvent({ companyId: company.id, type: 'interview', round: 'first' }).id;
      const file = writeTone(join(files, 'tone.wav'), { seconds: 2 });
      const { recording } = await ctx.recordings.ingest({ eventId, originalName: 'tone.wav', body: fileBody(file) });
      await ctx.worker.drain();
      // No model is installed: the first run ended as unavailable; the user installs one and asks again.
      expect(ctx.recordings.get(recording.id).jobs.map((j) => j.status)).toEqual(['succeeded', 'unavailable']);
      const queued = await call(`/recordings/${recording.id}/transcribe`, 'POST');
      expect(queued.status).toBe(202);
      expect(await queued.json()).toMatchObject({ type: 'transcribe', status: 'queued', recordingId: recording.id });
      expect((await call(`/recordings/${recording.id}/transcribe`, 'POST')).status).toBe(409);
      expect((await call('/recordings/rec_unknown00/transcribe', 'POST')).status).toBe(404);
    } finally {
      fs.rmSync(files, { recursive: true, force: true });
    }
  });
});
