import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clock } from '../src/config/clock';
import { runMigrations } from '../src/db/migrations';
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

/** Events as the event form makes them: first without an application, linked or moved later (#18). */
describe('retention of events linked in the event form', () => {
  async function unlinkedEvent(name: string, applicationCount: number) {
    made += 1;
    const { library, recordings, worker } = env.ctx;
    const company = library.createCompany({ name });
    const applications = Array.from({ length: applicationCount }, (_, index) =>
      library.createApplication({ companyId: company.id, role: `職種${index + 1}` }),
    );
    const event = library.createEvent({ companyId: company.id, type: 'interview', round: 'first' });
    const file = writeTone(path.join(files, `${name}.wav`), { seconds: 1.5 + made / 10 });
    const { recording } = await recordings.ingest({ eventId: event.id, originalName: 'a.wav', body: fileBody(file) });
    await worker.drain();
    return { company, applications, event, recordingId: recording.id };
  }

  it('deletes the audio of an event linked after it was made, N days after its application ended', async () => {
    env.ctx.retention.setPolicy({ audioDaysAfterClose: 30 });
    const linked = await unlinkedEvent('後から紐付け株式会社', 2);
    const unlinked = await unlinkedEvent('紐付けなし株式会社', 2);
    const [application] = linked.applications;
    env.ctx.library.updateEvent(linked.event.id, { applicationId: application?.id });
    for (const { applications } of [linked, unlinked]) {
      for (const { id } of applications) env.ctx.library.updateApplication(id, { status: 'rejected' });
    }
    now += 31 * DAY;
    const swept = await env.ctx.retention.sweep();
    expect(swept).toContain(linked.recordingId);
    expect(swept).not.toContain(unlinked.recordingId);
    expect(await env.ctx.store.size(linked.recordingId, 'pcm')).toBeNull();
    expect(await env.ctx.store.size(unlinked.recordingId, 'pcm')).not.toBeNull();
  });

  it('follows an event moved to another application of the same company', async () => {
    env.ctx.retention.setPolicy({ audioDaysAfterClose: 30 });
    const { event, applications, recordingId } = await unlinkedEvent('移動株式会社', 2);
    const [closed, open] = applications;
    env.ctx.library.updateEvent(event.id, { applicationId: closed?.id });
    env.ctx.library.updateApplication(closed?.id ?? '', { status: 'withdrawn' });
    env.ctx.library.updateEvent(event.id, { applicationId: open?.id });
    now += 31 * DAY;
    expect(await env.ctx.retention.sweep()).not.toContain(recordingId);
    env.ctx.library.updateApplication(open?.id ?? '', { status: 'accepted' });
    now += 29 * DAY;
    expect(await env.ctx.retention.sweep()).not.toContain(recordingId);
    now += 1 * DAY;
    expect(await env.ctx.retention.sweep()).toContain(recordingId);
  });

  it('applies to events from before the link existed once the migration linked them', async () => {
    env.ctx.retention.setPolicy({ audioDaysAfterClose: 30 });
    const { event, applications, recordingId } = await unlinkedEvent('移行前株式会社', 1);
    // As in a data folder from before migration 12: run it again over this unlinked event.
    env.ctx.db.prepare('DELETE FROM schema_migrations WHERE version = 12').run();
    runMigrations(env.ctx.db);
    expect(env.ctx.library.getEvent(event.id).application?.id).toBe(applications[0]?.id);
    env.ctx.library.updateApplication(applications[0]?.id ?? '', { status: 'rejected' });
    now += 30 * DAY;
    expect(await env.ctx.retention.sweep()).toContain(recordingId);
    env.ctx.retention.setPolicy({ audioDaysAfterClose: null });
  });

  it('refuses to link an event to an application of another company', async () => {
    const { library } = env.ctx;
    const { event } = await unlinkedEvent('自社株式会社', 1);
    const other = library.createCompany({ name: '他社株式会社' });
    const foreign = library.createApplication({ companyId: other.id, role: '営業' });
    expect(() => library.updateEvent(event.id, { applicationId: foreign.id })).toThrow(
      expect.objectContaining({ userMessage: { ja: '応募と企業が一致しません', en: expect.any(String) } }),
    );
    expect(library.getEvent(event.id).event.applicationId).toBeNull();
  });
});
