import fs from 'node:fs';
import path from 'node:path';
import type { AppError } from '@furikaeri/core';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AudioKind, AudioWriter } from '../src/audio/audio-store';
import { pcmChunks, RATE } from './live/pcm-signals';
import { fileBody, writeTone } from './support/audio-files';
import { type HttpTestApp, openHttpTestApp } from './support/http-app';
import { tempDir } from './support/temp-context';

let http: HttpTestApp;
let files: string;
let eventId: string;

beforeAll(async () => {
  http = await openHttpTestApp();
  files = tempDir();
  const company = http.ctx.library.createCompany({ name: '株式会社ディスク' });
  eventId = http.ctx.library.createEvent({ companyId: company.id, type: 'interview', consent: 'granted' }).id;
});
afterEach(() => {
  vi.restoreAllMocks();
  http.ctx.db.pragma('max_page_count = 1073741823');
});
afterAll(async () => {
  await http.cleanup();
  fs.rmSync(files, { recursive: true, force: true });
});

/**
 * The real store, except that writes of one kind of stream fail with ENOSPC as a full disk's do (the
 * error Node's fs gives), after `afterBytes` bytes went through.
 */
function fillDiskFor(kind: AudioKind, afterBytes = 0): void {
  const store = http.ctx.store;
  const create = store.createWriter.bind(store);
  vi.spyOn(store, 'createWriter').mockImplementation(async (id, requested) => {
    const writer = await create(id, requested);
    if (requested !== kind) return writer;
    let written = 0;
    const full: AudioWriter = Object.create(writer) as AudioWriter;
    return Object.assign(full, {
      append: async (chunk: Uint8Array) => {
        written += chunk.length;
        if (written > afterBytes) {
          throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28 });
        }
        await writer.append(chunk);
      },
      get bytesWritten() {
        return writer.bytesWritten;
      },
      get summary() {
        return writer.summary;
      },
      commit: () => writer.commit(),
      abort: () => writer.abort(),
      release: () => writer.release(),
      sync: () => writer.sync(),
    });
  });
}

function audioDirs(): string[] {
  const dir = path.join(http.ctx.dataDir, 'audio');
  return fs.existsSync(dir) ? fs.readdirSync(dir) : [];
}

describe('a full disk is reported as such, with what was kept', () => {
  it('upload: 507, the disk is full, nothing imported, the user’s file untouched', async () => {
    const file = writeTone(path.join(files, 'upload.wav'), { seconds: 3 });
    const before = audioDirs();
    fillDiskFor('original', 100_000);
    const response = await http.call(`/api/events/${eventId}/recordings`, {
      method: 'POST',
      body: fs.readFileSync(file),
      headers: { 'x-file-name': 'upload.wav' },
    });
    expect(response.status).toBe(507);
    const body = (await response.json()) as { code: string; message: { ja: string; en: string } };
    expect(body.code).toBe('disk_full');
    expect(body.message.ja).toContain('空き容量がなくなりました');
    expect(body.message.ja).toContain('取り込んでいません');
    expect(body.message.en).toContain('The disk is full');
    expect(audioDirs()).toEqual(before);
    expect(http.ctx.repos.recordings.listByEvent(eventId)).toEqual([]);
  });

  it('import job: the original is kept, the reason says so, and Retry works once there is space', async () => {
    const file = writeTone(path.join(files, 'decode.wav'), { seconds: 2, sampleRate: 22_050 });
    fillDiskFor('pcm', 10_000);
    const { recording } = await http.ctx.recordings.ingest({
      eventId,
      originalName: 'decode.wav',
      body: fileBody(file),
    });
    await http.ctx.worker.drain();
    const failed = http.ctx.recordings.get(recording.id);
    expect(failed.status).toBe('failed');
    expect(failed.error?.ja).toContain('空き容量がなくなりました');
    expect(failed.error?.ja).toContain('元のファイルは保存済み');
    expect(failed.jobs[0]?.message?.en).toContain('The disk is full');
    expect(await http.ctx.store.size(recording.id, 'original')).toBe(fs.statSync(file).size);

    vi.restoreAllMocks();
    http.ctx.recordings.retryImport(recording.id);
    await http.ctx.worker.drain();
    expect(http.ctx.recordings.get(recording.id).status).toBe('ready');
  });

  it('live recording: a stop that cannot write the finished file says the recording is still kept', async () => {
    const live = http.ctx.live;
    const session = await live.start(eventId, { mode: 'in_person', sampleRate: RATE, channels: 1 });
    const chunks = pcmChunks(6);
    for (const [seq, chunk] of chunks.entries()) await live.appendChunk(session.id, seq, seq * chunk.length, chunk);
    fillDiskFor('original', 1_000);
    const error = (await live.stop(session.id, { reason: 'user' }).catch((caught: unknown) => caught)) as AppError;
    expect(error.code).toBe('disk_full');
    expect(error.userMessage.ja).toContain('0:03');
    expect(error.userMessage.ja).toContain('一時保存');
    vi.restoreAllMocks();
    const saved = await live.stop(session.id, { reason: 'user' });
    expect(saved.session.status).toBe('finished');
    expect(saved.recording?.media?.durationMs).toBe(3_000);
  });

  it('transcript import: a database that cannot grow (SQLITE_FULL) keeps the previous transcript', async () => {
    const db = http.ctx.db;
    const pages = Number(db.pragma('page_count', { simple: true }));
    db.pragma(`max_page_count = ${pages}`);
    const text = '面接官: 志望動機を教えてください\n自分: 御社の製品が好きで\n'.repeat(3000);
    const response = await http.call(`/api/events/${eventId}/transcripts`, {
      method: 'POST',
      body: text,
      headers: { 'x-file-name': encodeURIComponent('面接.txt') },
    });
    expect(response.status).toBe(507);
    const body = (await response.json()) as { message: { ja: string } };
    expect(body.message.ja).toContain('空き容量がなくなりました');
    expect(body.message.ja).toContain('文字起こしは取り込んでいません');
  });

  it('any other change: the last-resort answer still says the disk is full, and that nothing was saved', async () => {
    const db = http.ctx.db;
    db.pragma(`max_page_count = ${Number(db.pragma('page_count', { simple: true }))}`);
    let response: Response | null = null;
    // Fill the last free pages; the first write that needs a new page is refused.
    for (let i = 0; i < 2000; i += 1) {
      response = await http.call('/api/companies', { method: 'POST', json: { name: `株式会社サンプル第${i}支社` } });
      if (response.status !== 201) break;
    }
    expect(response?.status).toBe(507);
    const body = (await response?.json()) as { code: string; message: { ja: string; en: string } };
    expect(body).toMatchObject({ code: 'disk_full' });
    expect(body.message.ja).toContain('保存されていません');
  });
});
