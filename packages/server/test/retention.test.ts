import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clock } from '../src/config/clock';
import { fileBody, writeTone } from './support/audio-files';
import { type TempContext, tempContext, tempDir } from './support/temp-context';

let now = Date.parse('2026-11-24T09:00:00Z');
const clock: Clock = { now: () => new Date(now) };
const DAY = 86_400_000;
let env: TempContext;
let files: string;

beforeAll(async () => {
  env = await tempContext({ clock });
  files = tempDir();
});
afterAll(async () => {
  await env.cleanup();
  fs.rmSync(files, { recursive: true, force: true });
});

let made = 0;
async function recordingForApplication(name: string) {
  made += 1;
  const { library, recordings, worker } = env.ctx;
  const company = library.createCompany({ name });
  const application = library.createApplication({ companyId: company.id, role: 'エンジニア' });
  const event = library.createEvent({ companyId: company.id, applicationId: application.id, type: 'interview' });
  const file = writeTone(path.join(files, `${name}.wav`), { seconds: 1.5 + made / 10 });
  const { recording } = await recordings.ingest({ eventId: event.id, originalName: 'a.wav', body: fileBody(file) });
  await worker.drain();
  return { application, recordingId: recording.id };
}

describe('retention', () => {
  it('keeps audio forever by default', async () => {
    const { application, recordingId } = await recordingForApplication('既定株式会社');
    env.ctx.library.updateApplication(application.id, { status: 'rejected' });
    now += 3650 * DAY;
    expect(await env.ctx.retention.sweep()).toEqual([]);
    expect(await env.ctx.store.size(recordingId, 'pcm')).not.toBeNull();
  });

  it('deletes audio (files and key) N days after the application closed, keeping the recording', async () => {
    env.ctx.retention.setPolicy({ audioDaysAfterClose: 30 });
    const open = await recordingForApplication('選考中株式会社');
    const closed = await recordingForApplication('不採用株式会社');
    const reopened = await recordingForApplication('再開株式会社');
    env.ctx.library.updateApplication(closed.application.id, { status: 'rejected' });
    env.ctx.library.updateApplication(reopened.application.id, { status: 'withdrawn' });
    expect(env.ctx.repos.applications.find(closed.application.id)?.closedAt).toBe(new Date(now).toISOString());
    env.ctx.library.updateApplication(reopened.application.id, { status: 'in_progress' });
    expect(env.ctx.repos.applications.find(reopened.application.id)?.closedAt).toBeNull();

    now += 29 * DAY;
    const earlier = await env.ctx.retention.sweep();
    expect(earlier).not.toContain(closed.recordingId);
    now += 2 * DAY;
    const swept = await env.ctx.retention.sweep();
    expect(swept).toContain(closed.recordingId);
    expect(swept).not.toContain(open.recordingId);
    expect(swept).not.toContain(reopened.recordingId);

    const recording = env.ctx.recordings.get(closed.recordingId);
    expect(recording.audioDeletedAt).toBe(new Date(now).toISOString());
    expect(recording.status).toBe('ready');
    expect(await env.ctx.store.size(closed.recordingId, 'pcm')).toBeNull();
    expect(fs.existsSync(path.join(env.dataDir, 'audio', closed.recordingId))).toBe(false);
    expect(
      env.ctx.db.prepare('SELECT 1 FROM audio_keys WHERE recording_id = ?').get(closed.recordingId),
    ).toBeUndefined();
    await expect(env.ctx.integrity.verify(closed.recordingId)).rejects.toMatchObject({
      userMessage: { ja: expect.stringContaining('保持期間') },
    });
    expect(await env.ctx.retention.sweep()).toEqual([]);
  });

  it('validates the setting', () => {
    expect(() => env.ctx.retention.setPolicy({ audioDaysAfterClose: -3 })).toThrow();
    expect(() => env.ctx.retention.setPolicy({ audioDaysAfterClose: 1.5 })).toThrow();
    expect(env.ctx.retention.setPolicy({ audioDaysAfterClose: null })).toEqual({ audioDaysAfterClose: null });
    expect(env.ctx.retention.policy()).toEqual({ audioDaysAfterClose: null });
  });
});
