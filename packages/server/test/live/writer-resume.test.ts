import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AudioWriter } from '../../src/audio/audio-store';
import type { EncryptedAudioStore } from '../../src/audio/encrypted-audio-store';
import { FILE_HEADER_BYTES, FRAME_OVERHEAD } from '../../src/audio/frame-format';
import { flipByte } from '../support/bytes';
import { tempStoreForEachTest } from '../support/memory-key-ring';

const ID = 'rec_resume000001';
const CHUNK = 16_000;

let dir: string;
let store: EncryptedAudioStore;

tempStoreForEachTest('furikaeri-resume-', (made) => {
  ({ dir, store } = made);
});

function chunk(index: number): Buffer {
  const data = Buffer.alloc(CHUNK);
  for (let i = 0; i < CHUNK; i += 1) data[i] = (i * 13 + index * 101) & 0xff;
  return data;
}

/** Appends and syncs chunks as the recorder does (one frame each), then "crashes": no commit, no close. */
async function syncedChunks(count: number, writer?: AudioWriter): Promise<AudioWriter> {
  const target = writer ?? (await store.createWriter(ID, 'live'));
  for (let index = 0; index < count; index += 1) {
    await target.append(chunk(index));
    await target.sync();
  }
  return target;
}

async function read(kind: 'live' | 'original' = 'live'): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of store.createReadStream(ID, kind)) parts.push(part as Buffer);
  return Buffer.concat(parts);
}

const partialFile = () => path.join(dir, 'audio', ID, 'live.fka.partial');
const expected = (count: number, from = 0) =>
  Buffer.concat(Array.from({ length: count }, (_, index) => chunk(from + index)));

async function resumeOrFail(): Promise<AudioWriter> {
  const writer = await store.resumeWriter(ID, 'live');
  if (!writer) throw new Error('nothing to resume');
  return writer;
}

describe('resuming an uncommitted stream (crash recovery)', () => {
  it('keeps every synced frame of a writer that was never committed, and seals a complete, intact stream', async () => {
    await syncedChunks(5);
    expect(await store.size(ID, 'live')).toBeNull(); // invisible until commit, as before
    const resumed = await resumeOrFail();
    expect(resumed.bytesWritten).toBe(5 * CHUNK);
    await resumed.commit();
    expect((await read()).equals(expected(5))).toBe(true);
    const integrity = await store.verify(ID, 'live');
    // Five chunk frames and the (empty) FINAL frame commit seals.
    expect(integrity).toMatchObject({ frames: 6, badFrames: [], complete: true });
    expect(integrity?.recomputed.chainHead).toBe(resumed.summary?.chainHead);
    expect(integrity?.recomputed.sha256).toBe(resumed.summary?.sha256);
  });

  it('continues the frame numbering: chunks appended after resuming authenticate and read back in order', async () => {
    await syncedChunks(3);
    const resumed = await syncedChunks(2, await resumeOrFail());
    // A second crash and resume in the same stream.
    const again = await syncedChunks(1, await resumeOrFail());
    await again.commit();
    expect(resumed.bytesWritten).toBe(5 * CHUNK);
    const data = await read();
    expect(data.equals(Buffer.concat([expected(3), expected(2, 0), expected(1, 0)]))).toBe(true);
    expect(await store.verify(ID, 'live')).toMatchObject({ frames: 7, badFrames: [], complete: true });
  });

  it('cuts off a frame torn by the crash (a write that reached the disk only in part)', async () => {
    await syncedChunks(4);
    const torn = Buffer.alloc(FRAME_OVERHEAD + 300, 7);
    torn.writeUInt32LE(CHUNK, 0);
    fs.appendFileSync(partialFile(), torn);
    const resumed = await resumeOrFail();
    expect(resumed.bytesWritten).toBe(4 * CHUNK);
    await resumed.commit();
    expect((await read()).equals(expected(4))).toBe(true);
  });

  it('stops at the first frame that fails authentication and keeps the frames before it', async () => {
    await syncedChunks(5);
    const bytes = fs.readFileSync(partialFile());
    flipByte(bytes, FILE_HEADER_BYTES + 2 * (CHUNK + FRAME_OVERHEAD) + 100);
    fs.writeFileSync(partialFile(), bytes);
    const resumed = await resumeOrFail();
    expect(resumed.bytesWritten).toBe(2 * CHUNK);
    await resumed.commit();
    expect((await read()).equals(expected(2))).toBe(true);
  });

  it('finishes a commit that crashed between sealing the FINAL frame and renaming the file', async () => {
    const writer = await syncedChunks(3);
    await writer.append(chunk(3));
    await writer.commit();
    const final = path.join(dir, 'audio', ID, 'live.fka');
    fs.renameSync(final, partialFile());
    const resumed = await resumeOrFail();
    expect(resumed.bytesWritten).toBe(4 * CHUNK);
    await resumed.commit();
    expect((await read()).equals(expected(4))).toBe(true);
    expect(await store.verify(ID, 'live')).toMatchObject({ frames: 4, complete: true, badFrames: [] });
  });

  it('treats a file killed before its header was written as an empty stream, and nothing at all as null', async () => {
    expect(await store.resumeWriter(ID, 'live')).toBeNull();
    fs.mkdirSync(path.dirname(partialFile()), { recursive: true });
    fs.writeFileSync(partialFile(), Buffer.from('FKA'));
    const resumed = await syncedChunks(1, await resumeOrFail());
    await resumed.commit();
    expect((await read()).equals(expected(1))).toBe(true);
  });

  it('release() closes the file but keeps what was synced for a later resume', async () => {
    const writer = await syncedChunks(2);
    await writer.release();
    expect(fs.existsSync(partialFile())).toBe(true);
    const resumed = await resumeOrFail();
    await resumed.commit();
    expect((await read()).equals(expected(2))).toBe(true);
  });

  it('release() with frames sealed but not synced keeps an intact prefix of what was appended', async () => {
    // Full frames are written in batches, not one by one: a release (or crash) mid-batch must still leave
    // only whole, authentic frames, in order, and at least everything that was synced.
    const frame = 64 * 1024;
    const data = expected(Math.ceil((23 * frame) / CHUNK)).subarray(0, 23 * frame);
    const writer = await store.createWriter(ID, 'live');
    await writer.append(data.subarray(0, 3 * frame));
    await writer.sync();
    for (let index = 3; index < 23; index += 1) await writer.append(data.subarray(index * frame, (index + 1) * frame));
    await writer.release();
    const resumed = await resumeOrFail();
    const kept = resumed.bytesWritten;
    expect(kept).toBeGreaterThanOrEqual(3 * frame);
    expect(kept % frame).toBe(0);
    await resumed.commit();
    expect((await read()).equals(data.subarray(0, kept))).toBe(true);
    expect(await store.verify(ID, 'live')).toMatchObject({ badFrames: [], complete: true });
  });

  it('deleteStream removes one stream and leaves the recording’s others', async () => {
    const live = await syncedChunks(2);
    await live.commit();
    const original = await store.createWriter(ID, 'original');
    await original.append(chunk(9));
    await original.commit();
    await store.deleteStream(ID, 'live');
    expect(await store.size(ID, 'live')).toBeNull();
    expect((await read('original')).equals(chunk(9))).toBe(true);
  });
});
