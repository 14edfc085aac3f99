import { execFileSync } from 'node:child_process';
import { AppError, type LiveSessionView } from '@furikaeri/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveFfmpegPaths } from '../../src/media/ffmpeg-paths';
import { readStored, type TempContext, tempContext } from '../support/temp-context';
import { CHUNK_FRAMES, channel, ME, offsetOf, pcmChunk, pcmChunks, RATE, THEM, toneEnergy } from './pcm-signals';

let env: TempContext;
let eventId: string;
let companyId: string;

beforeAll(async () => {
  env = await tempContext();
  companyId = env.ctx.library.createCompany({ name: '株式会社レコーダー' }).id;
  eventId = env.ctx.library.createEvent({ companyId, type: 'interview', round: 'second', consent: 'granted' }).id;
});
afterAll(async () => {
  await env.cleanup();
});

const MONO = { mode: 'in_person', sampleRate: RATE, channels: 1 } as const;
const STEREO = { mode: 'online', sampleRate: RATE, channels: 2 } as const;

async function send(session: LiveSessionView, chunks: Buffer[], from = 0) {
  const acks = [];
  for (const [offset, chunk] of chunks.entries()) {
    acks.push(await env.ctx.live.appendChunk(session.id, from + offset, (from + offset) * chunk.length, chunk));
  }
  return acks;
}

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

async function stopAndImport(session: LiveSessionView) {
  const result = await env.ctx.live.stop(session.id, { reason: 'user' });
  await env.ctx.worker.drain();
  return { result, recording: result.recording ? env.ctx.recordings.get(result.recording.id) : null };
}

describe('a live recording, chunk by chunk', () => {
  it('acknowledges each chunk once it is on disk; stop turns the session into a recording that is imported like an upload', async () => {
    const session = await env.ctx.live.start(eventId, MONO);
    expect(session).toMatchObject({ status: 'recording', nextSeq: 0, savedMs: 0, eventId });
    const chunks = pcmChunks(8);
    const acks = await send(session, chunks);
    expect(acks.map((ack) => ack.nextSeq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(acks.at(-1)?.savedMs).toBe(4_000);
    expect(env.ctx.live.get(session.id).savedMs).toBe(4_000);

    const { result, recording } = await stopAndImport(session);
    expect(result.session.status).toBe('finished');
    expect(result.message.ja).toContain('0:04');
    expect(recording).toMatchObject({ source: 'recorder', status: 'ready', consent: 'granted' });
    expect(recording?.originalName).toMatch(/^録音 \d{4}-\d{2}-\d{2} \d{2}:\d{2}\.wav$/);
    expect(recording?.pcm).toMatchObject({ sampleRate: RATE, channels: 1, durationMs: 4_000 });
    // The same pipeline as an upload: the import succeeded and handed over to transcription.
    expect(recording?.jobs[0]).toMatchObject({ type: 'import', status: 'succeeded' });
    expect(recording?.jobs.map((job) => job.type)).toContain('transcribe');
    // At 16 kHz the decode is sample-exact: the pipeline reads exactly what the page sent.
    const pcm = await readStored(env.ctx, session.recordingId, 'pcm');
    expect(pcm.equals(Buffer.concat(chunks))).toBe(true);
    // The journal is gone; only the original and the PCM remain.
    expect(await env.ctx.store.size(session.recordingId, 'live')).toBeNull();
  });

  it('stores a standard WAV original that ffprobe reads, sealed and verifiable like an upload', async () => {
    const session = await env.ctx.live.start(eventId, MONO);
    const chunks = pcmChunks(6);
    await send(session, chunks);
    const { recording } = await stopAndImport(session);
    const original = await readStored(env.ctx, session.recordingId, 'original');
    expect(original.subarray(0, 4).toString('ascii')).toBe('RIFF');
    expect(original.readUInt32LE(40)).toBe(6 * CHUNK_FRAMES * 2);
    expect(original.subarray(44).equals(Buffer.concat(chunks))).toBe(true);
    const probed = await env.ctx.store.withPlaintextFile(session.recordingId, 'original', async (file) =>
      execFileSync(resolveFfmpegPaths().ffprobe, [
        '-v',
        'error',
        '-show_entries',
        'format=duration',
        '-of',
        'csv=p=0',
        file,
      ])
        .toString()
        .trim(),
    );
    expect(Number(probed)).toBeCloseTo(3, 2);
    const report = await env.ctx.integrity.verify(session.recordingId);
    expect(report.status).toBe('intact');
    const manifest = env.ctx.repos.recordings.manifest(session.recordingId);
    expect(manifest).toMatchObject({ source: 'recorder', durationMs: 3_000, storedAt: session.startedAt });
    expect(manifest?.original.sha256).toBe(recording?.contentHash);
  });

  it('keeps "me" (channel 0) and "them" (channel 1) apart from the page to the pipeline', async () => {
    const session = await env.ctx.live.start(eventId, STEREO);
    const chunks = pcmChunks(6, [ME, THEM]);
    await send(session, chunks);
    const { recording } = await stopAndImport(session);
    expect(recording?.pcm).toMatchObject({ channels: 2, durationMs: 3_000 });
    const pcm = await readStored(env.ctx, session.recordingId, 'pcm');
    expect(pcm.equals(Buffer.concat(chunks))).toBe(true);
    // Chunk 2 of each track: the mic's tone is in channel 0 only, the remote's in channel 1 only.
    const chunkTwo = pcm.subarray(2 * CHUNK_FRAMES * 4, 3 * CHUNK_FRAMES * 4);
    const mine = channel(chunkTwo, 0, 2);
    const theirs = channel(chunkTwo, 1, 2);
    const meHz = ME.base + 2 * ME.step;
    const themHz = THEM.base + 2 * THEM.step;
    expect(toneEnergy(mine, meHz)).toBeGreaterThan(1000 * toneEnergy(mine, themHz));
    expect(toneEnergy(theirs, themHz)).toBeGreaterThan(1000 * toneEnergy(theirs, meHz));
  });

  it('acknowledges a resent chunk without writing it twice, and refuses a chunk ahead of the next one', async () => {
    const session = await env.ctx.live.start(eventId, MONO);
    const chunks = pcmChunks(4);
    await send(session, chunks.slice(0, 3));
    const resent = await env.ctx.live.appendChunk(session.id, 1, offsetOf(1), chunks[1] as Buffer);
    expect(resent).toMatchObject({ duplicate: true, nextSeq: 3, savedMs: 1_500 });
    const gap = await failure(env.ctx.live.appendChunk(session.id, 5, offsetOf(5), pcmChunk(5)));
    expect(gap.code).toBe('chunk_gap');
    expect(gap.status).toBe(409);
    expect(gap.details).toMatchObject({ storedBytes: offsetOf(3), offset: offsetOf(5), nextSeq: 3 });
    await env.ctx.live.appendChunk(session.id, 3, offsetOf(3), chunks[3] as Buffer);
    await stopAndImport(session);
    const pcm = await readStored(env.ctx, session.recordingId, 'pcm');
    expect(pcm.equals(Buffer.concat(chunks))).toBe(true);
  });

  it('stores only the new part of a chunk that starts inside what is stored', async () => {
    const session = await env.ctx.live.start(eventId, MONO);
    const chunks = pcmChunks(3);
    const whole = Buffer.concat(chunks);
    await env.ctx.live.appendChunk(session.id, 0, 0, whole.subarray(0, 12_000));
    // Bytes 8,000…24,000 arrive next: the first 4,000 of them are stored already.
    const ack = await env.ctx.live.appendChunk(session.id, 1, 8_000, whole.subarray(8_000, 24_000));
    expect(ack).toMatchObject({ duplicate: false, nextSeq: 2, savedMs: 750 });
    await env.ctx.live.appendChunk(session.id, 2, 24_000, whole.subarray(24_000));
    await stopAndImport(session);
    expect((await readStored(env.ctx, session.recordingId, 'pcm')).equals(whole)).toBe(true);
  });

  it('refuses chunks that cannot be audio of the session’s format', async () => {
    const session = await env.ctx.live.start(eventId, MONO);
    const empty = await failure(env.ctx.live.appendChunk(session.id, 0, 0, new Uint8Array(0)));
    expect(empty.code).toBe('validation');
    const tooLong = await failure(env.ctx.live.appendChunk(session.id, 0, 0, new Uint8Array(RATE * 2 + 2)));
    expect(tooLong.userMessage.en).toContain('too large');
    const halfSample = await failure(env.ctx.live.appendChunk(session.id, 0, 0, new Uint8Array(301)));
    expect(halfSample.userMessage.en).toContain('whole samples');
    const oddOffset = await failure(env.ctx.live.appendChunk(session.id, 0, 3, pcmChunk(0)));
    expect(oddOffset.userMessage.en).toContain('offset');
    expect(env.ctx.live.get(session.id).nextSeq).toBe(0);
  });

  it('refuses malformed start requests and an event whose company declined recording', async () => {
    expect((await failure(env.ctx.live.start(eventId, { ...MONO, channels: 2 }))).code).toBe('validation');
    expect((await failure(env.ctx.live.start(eventId, { ...MONO, sampleRate: 1_000_000 }))).code).toBe('validation');
    const declined = env.ctx.library.createEvent({ companyId, type: 'interview', consent: 'declined' });
    const refused = await failure(env.ctx.live.start(declined.id, MONO));
    expect(refused.code).toBe('conflict');
    expect(refused.userMessage.ja).toContain('断られて');
    expect((await failure(env.ctx.live.start('ev_doesnotexist00', MONO))).code).toBe('not_found');
    const elsewhere = await env.ctx.live.start(eventId, MONO);
    const other = env.ctx.library.createEvent({ companyId, type: 'interview' });
    expect((await failure(env.ctx.live.start(other.id, { ...MONO, continues: elsewhere.id }))).code).toBe('validation');
    await env.ctx.live.stop(elsewhere.id, {});
  });

  it('keeps nothing when less than a second arrived', async () => {
    const session = await env.ctx.live.start(eventId, MONO);
    await send(session, [pcmChunk(0)]);
    const result = await env.ctx.live.stop(session.id, {});
    expect(result.recording).toBeNull();
    expect(result.session.status).toBe('discarded');
    expect(result.message.en).toContain('nothing was saved');
    expect(env.ctx.repos.recordings.find(session.recordingId)).toBeNull();
    expect(await env.ctx.store.size(session.recordingId, 'live')).toBeNull();
  });

  it('answers a repeated stop with the same outcome, and a chunk after the stop with session_closed', async () => {
    const session = await env.ctx.live.start(eventId, MONO);
    await send(session, pcmChunks(3));
    const first = await env.ctx.live.stop(session.id, {});
    const again = await env.ctx.live.stop(session.id, {});
    expect(again.recording?.id).toBe(first.recording?.id);
    expect(again.session.status).toBe('finished');
    const late = await failure(env.ctx.live.appendChunk(session.id, 3, offsetOf(3), pcmChunk(3)));
    expect(late.code).toBe('session_closed');
    expect(late.status).toBe(410);
    expect(late.details).toMatchObject({ savedBytes: offsetOf(3), nextSeq: 3, status: 'finished' });
    await env.ctx.worker.drain();
  });

  it('stores bookmarks with their offsets for the review, once each, and drops them with the recording', async () => {
    const session = await env.ctx.live.start(eventId, MONO);
    await send(session, pcmChunks(4));
    env.ctx.live.addBookmark(session.id, { offsetMs: 1_250 });
    env.ctx.live.addBookmark(session.id, { offsetMs: 300 });
    env.ctx.live.addBookmark(session.id, { offsetMs: 1_250 }); // resent after a lost answer
    expect(
      (await failure(Promise.resolve().then(() => env.ctx.live.addBookmark(session.id, { offsetMs: -5 })))).code,
    ).toBe('validation');
    const { recording } = await stopAndImport(session);
    const bookmarks = env.ctx.live.bookmarksOf(session.recordingId);
    expect(bookmarks.map((bookmark) => bookmark.offsetMs)).toEqual([300, 1_250]);
    expect(env.ctx.live.captureOf(session.recordingId)).toMatchObject({ mode: 'in_person', status: 'finished' });
    await env.ctx.recordings.delete(recording?.id ?? '');
    expect(env.ctx.live.bookmarksOf(session.recordingId)).toEqual([]);
  });

  it('puts a practice run into a practice event beside the real one, marked as practice', async () => {
    const first = await env.ctx.live.start(eventId, { ...MONO, practice: true });
    expect(first.eventId).not.toBe(eventId);
    expect(first.practice).toBe(true);
    const practiceEvent = env.ctx.library.getEvent(first.eventId).event;
    expect(practiceEvent).toMatchObject({ type: 'practice', companyId, title: '練習録音（2次面接の前）' });
    await send(first, pcmChunks(3));
    const { recording } = await stopAndImport(first);
    expect(recording?.originalName).toMatch(/^練習録音 /);
    const second = await env.ctx.live.start(eventId, { ...MONO, practice: true });
    expect(second.eventId).toBe(first.eventId);
    await env.ctx.live.stop(second.id, {});
    // Continuing a practice run (started from the practice event itself) stays in that event.
    const continued = await env.ctx.live.start(first.eventId, { ...MONO, practice: true, continues: second.id });
    expect(continued.eventId).toBe(first.eventId);
    await env.ctx.live.stop(continued.id, {});
  });
});
