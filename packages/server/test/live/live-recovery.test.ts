import fs from 'node:fs';
import path from 'node:path';
import { AppError, type LiveSessionView } from '@furikaeri/core';
import { afterEach, describe, expect, it } from 'vitest';
import { type AppContext, createAppContext } from '../../src/app-context';
import type { AudioStore, AudioWriter } from '../../src/audio/audio-store';
import { type Clock, systemClock } from '../../src/config/clock';
import { createLiveRecording } from '../../src/live/create-live-recording';
import { readStored, TEST_PASSPHRASE, type TempContext, tempContext, tempSession } from '../support/temp-context';
import { offsetOf, pcmChunk, pcmChunks } from './pcm-signals';

const MONO = { mode: 'in_person', sampleRate: 16_000, channels: 1 } as const;
const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function firstProcess(options: Parameters<typeof tempContext>[0] = {}): Promise<TempContext> {
  const env = await tempContext(options);
  cleanups.push(env.cleanup);
  return env;
}

/** What `kill -9` and a restart leave: the first context is simply abandoned, a second one opens the folder. */
function restartedProcess(env: TempContext, options: Partial<Parameters<typeof createAppContext>[0]> = {}): AppContext {
  const ctx = createAppContext({ dataDir: env.dataDir, masterKey: env.masterKey, ...options });
  cleanups.push(() => ctx.close());
  return ctx;
}

function interview(ctx: AppContext): string {
  const company = ctx.library.createCompany({ name: `株式会社復旧${Math.random()}` });
  return ctx.library.createEvent({ companyId: company.id, type: 'interview', consent: 'granted' }).id;
}

async function send(ctx: AppContext, session: LiveSessionView, chunks: Buffer[], from = 0): Promise<void> {
  for (const [index, chunk] of chunks.entries()) {
    await ctx.live.appendChunk(session.id, from + index, offsetOf(from + index), chunk);
  }
}

/** A chunk that reached the disk (synced) but whose acknowledgement never left, plus a torn half-frame. */
async function crashMidChunk(ctx: AppContext, session: LiveSessionView, unacknowledged: Buffer): Promise<void> {
  const writer = await ctx.store.resumeWriter(session.recordingId, 'live');
  await writer?.append(unacknowledged);
  await writer?.sync();
  await writer?.release();
  const partial = path.join(path.dirname(ctx.dataDir), path.basename(ctx.dataDir), 'audio', session.recordingId);
  fs.appendFileSync(path.join(partial, 'live.fka.partial'), Buffer.alloc(700, 3));
}

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('crash recovery of live recordings', () => {
  it('a server killed mid-recording: the next process takes the session up, the journal (not the database) deciding what is stored', async () => {
    const env = await firstProcess();
    const eventId = interview(env.ctx);
    const session = await env.ctx.live.start(eventId, MONO);
    const chunks = pcmChunks(9);
    await send(env.ctx, session, chunks.slice(0, 5));
    await crashMidChunk(env.ctx, session, chunks[5] as Buffer);

    const ctx = restartedProcess(env);
    // The page resends chunk 5 (never acknowledged, but on disk): it is stored once, not twice.
    const resent = await ctx.live.appendChunk(session.id, 5, offsetOf(5), chunks[5] as Buffer);
    expect(resent.duplicate).toBe(true);
    await send(ctx, session, chunks.slice(6), 6);
    const result = await ctx.live.stop(session.id, {});
    await ctx.worker.drain();
    expect(result.session.status).toBe('finished');
    expect(ctx.recordings.get(session.recordingId).status).toBe('ready');
    expect((await readStored(ctx, session.recordingId, 'pcm')).equals(Buffer.concat(chunks))).toBe(true);
    expect((await ctx.integrity.verify(session.recordingId)).status).toBe('intact');
  });

  it('if no page comes back, the sweep saves everything that reached the disk as "recovered" after the grace period', async () => {
    const env = await firstProcess();
    const eventId = interview(env.ctx);
    const session = await env.ctx.live.start(eventId, MONO);
    const chunks = pcmChunks(7);
    await send(env.ctx, session, chunks.slice(0, 6));
    await crashMidChunk(env.ctx, session, chunks[6] as Buffer);

    const ctx = restartedProcess(env, { live: { graceMs: 150 } });
    await ctx.live.sweep(true);
    expect(ctx.live.get(session.id).status).toBe('recording'); // its page may still come back
    await new Promise((resolve) => setTimeout(resolve, 200));
    await ctx.live.sweep();
    const saved = ctx.live.get(session.id);
    expect(saved.status).toBe('recovered');
    await ctx.worker.drain();
    const recording = ctx.recordings.get(session.recordingId);
    expect(recording.status).toBe('ready');
    expect(recording.originalName).toContain('中断から復旧');
    // Every durable chunk is kept, the synced-but-unacknowledged one too; the torn half-frame is not.
    expect((await readStored(ctx, session.recordingId, 'pcm')).equals(Buffer.concat(chunks))).toBe(true);
    expect((await ctx.integrity.verify(session.recordingId)).status).toBe('intact');

    const late = await failure(ctx.live.appendChunk(session.id, 6, offsetOf(6), chunks[6] as Buffer));
    expect(late.code).toBe('session_closed');
    // The recording holds 7 chunks (the database had counted 6): the page drops what is inside it.
    expect(late.details).toMatchObject({ savedBytes: offsetOf(7), nextSeq: 6, recordingId: session.recordingId });
  });

  it('a session whose page went quiet is recovered after the idle time; heartbeats keep a paused one open', async () => {
    let now = Date.parse('2026-03-02T10:00:00Z');
    const clock: Clock = { now: () => new Date(now) };
    const env = await firstProcess({ clock, live: { idleMs: 60_000 } });
    const eventId = interview(env.ctx);
    const paused = await env.ctx.live.start(eventId, MONO);
    const closed = await env.ctx.live.start(eventId, MONO);
    await send(env.ctx, paused, pcmChunks(3));
    await send(env.ctx, closed, pcmChunks(4));
    now += 45_000;
    await env.ctx.live.heartbeat(paused.id, { paused: true });
    now += 30_000;
    await env.ctx.live.sweep();
    expect(env.ctx.live.get(paused.id).status).toBe('recording');
    expect(env.ctx.live.get(closed.id)).toMatchObject({ status: 'recovered', savedMs: 2_000 });
    await env.ctx.worker.drain();
    expect(env.ctx.recordings.get(closed.recordingId).pcm?.durationMs).toBe(2_000);
    await env.ctx.live.stop(paused.id, {});
  });

  it('locking mid-recording keeps the journal; after unlocking the page carries on in the same recording', async () => {
    const env = tempSession();
    cleanups.push(env.cleanup);
    await env.session.setup(TEST_PASSPHRASE);
    const before = env.session.require();
    const session = await before.live.start(interview(before), MONO);
    const chunks = pcmChunks(6);
    await send(before, session, chunks.slice(0, 3));
    await env.session.lock();
    await env.session.unlock(TEST_PASSPHRASE);
    const after = env.session.require();
    await send(after, session, chunks.slice(3), 3);
    await after.live.stop(session.id, {});
    await after.worker.drain();
    expect((await readStored(after, session.recordingId, 'pcm')).equals(Buffer.concat(chunks))).toBe(true);
  });

  it('disk full: the chunk is refused with disk_full saying what is saved; once there is space the resend is stored', async () => {
    const env = await firstProcess();
    const store = new FillableStore(env.ctx.store);
    const live = createLiveRecording({ ...env.ctx, store, clock: systemClock, practiceTakes: env.ctx.practice.spoken });
    cleanups.push(() => live.close());
    const session = await live.start(interview(env.ctx), MONO);
    const chunks = pcmChunks(6);
    for (const [seq, chunk] of chunks.slice(0, 3).entries())
      await live.appendChunk(session.id, seq, offsetOf(seq), chunk);
    store.full = true;
    const full = await failure(live.appendChunk(session.id, 3, offsetOf(3), chunks[3] as Buffer));
    expect(full.code).toBe('disk_full');
    expect(full.status).toBe(507);
    expect(full.details).toMatchObject({ savedMs: 1_500 });
    expect(full.userMessage.ja).toContain('0:01 までは保存済み');
    await failure(live.appendChunk(session.id, 3, offsetOf(3), chunks[3] as Buffer));
    store.full = false;
    for (const [index, chunk] of chunks.slice(3).entries()) {
      await live.appendChunk(session.id, 3 + index, offsetOf(3 + index), chunk);
    }
    await live.stop(session.id, {});
    await env.ctx.worker.drain();
    expect((await readStored(env.ctx, session.recordingId, 'pcm')).equals(Buffer.concat(chunks))).toBe(true);
  });

  it('the first sweep after a start deletes a journal a crash left behind a saved recording', async () => {
    const env = await firstProcess();
    const session = await env.ctx.live.start(interview(env.ctx), MONO);
    await send(env.ctx, session, pcmChunks(3));
    await env.ctx.live.stop(session.id, {});
    const leftover = await env.ctx.store.createWriter(session.recordingId, 'live');
    await leftover.append(pcmChunk(0));
    await leftover.commit();
    await env.ctx.live.sweep(true);
    expect(await env.ctx.store.size(session.recordingId, 'live')).toBeNull();
    expect(await env.ctx.store.size(session.recordingId, 'original')).not.toBeNull();
  });
});

/** The real store, except that syncing fails with ENOSPC while `full` is set, as a full disk does. */
class FillableStore implements AudioStore {
  full = false;
  constructor(private readonly inner: AudioStore) {}
  createWriter: AudioStore['createWriter'] = async (id, kind) => this.wrap(await this.inner.createWriter(id, kind));
  resumeWriter: AudioStore['resumeWriter'] = async (id, kind) => {
    const writer = await this.inner.resumeWriter(id, kind);
    return writer && this.wrap(writer);
  };
  deleteStream: AudioStore['deleteStream'] = (id, kind) => this.inner.deleteStream(id, kind);
  size: AudioStore['size'] = (id, kind) => this.inner.size(id, kind);
  createReadStream: AudioStore['createReadStream'] = (id, kind, range) => this.inner.createReadStream(id, kind, range);
  withPlaintextFile: AudioStore['withPlaintextFile'] = (id, kind, use) => this.inner.withPlaintextFile(id, kind, use);
  deleteRecording: AudioStore['deleteRecording'] = (id) => this.inner.deleteRecording(id);
  verify: AudioStore['verify'] = (id, kind) => this.inner.verify(id, kind);
  close: AudioStore['close'] = () => this.inner.close();

  private wrap(writer: AudioWriter): AudioWriter {
    const store = this;
    return {
      get bytesWritten() {
        return writer.bytesWritten;
      },
      get summary() {
        return writer.summary;
      },
      append: (chunk) => writer.append(chunk),
      async sync() {
        if (store.full) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
        await writer.sync();
      },
      commit: () => writer.commit(),
      abort: () => writer.abort(),
      release: () => writer.release(),
    };
  }
}
