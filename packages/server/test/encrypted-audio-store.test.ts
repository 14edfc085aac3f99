import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EncryptedAudioStore } from '../src/audio/encrypted-audio-store';
import { FILE_HEADER_BYTES, FRAME_OVERHEAD, FRAME_PLAINTEXT_BYTES } from '../src/audio/frame-format';
import { flipByte } from './support/bytes';
import { type MemoryKeyRing, tempStoreForEachTest } from './support/memory-key-ring';

const ID = 'rec_aaaaaaaaaaaa';

let dir: string;
let keys: MemoryKeyRing;
let store: EncryptedAudioStore;

tempStoreForEachTest('furikaeri-store-', (made) => {
  ({ dir, keys, store } = made);
});

/** 3.5 frames of recognisable bytes, written in uneven chunks as ffmpeg delivers them. */
async function writeSample(): Promise<Buffer> {
  const data = Buffer.alloc(FRAME_PLAINTEXT_BYTES * 3 + FRAME_PLAINTEXT_BYTES / 2);
  for (let i = 0; i < data.length; i += 1) data[i] = (i * 7 + (i >> 9)) & 0xff;
  const writer = await store.createWriter(ID, 'pcm');
  for (let offset = 0; offset < data.length; offset += 10_007)
    await writer.append(data.subarray(offset, offset + 10_007));
  await writer.commit();
  return data;
}

async function read(range?: { start: number; end: number }, id = ID): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of store.createReadStream(id, 'pcm', range)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function storedFile(id = ID): string {
  return path.join(dir, 'audio', id, 'pcm.fka');
}

function frameOffset(index: number): number {
  return FILE_HEADER_BYTES + index * (FRAME_PLAINTEXT_BYTES + FRAME_OVERHEAD);
}

describe('encrypted audio store', () => {
  it('round-trips, reports the plaintext size, and serves any byte range', async () => {
    const data = await writeSample();
    expect(await store.size(ID, 'pcm')).toBe(data.length);
    expect((await read()).equals(data)).toBe(true);
    for (const [start, end] of [
      [0, 0],
      [65_530, 65_545],
      [100_000, 200_000],
      [data.length - 10, data.length - 1],
    ] as const) {
      expect((await read({ start, end })).equals(data.subarray(start, end + 1))).toBe(true);
    }
  });

  it('indexes and reads back a long stream whose frames change length', async () => {
    // An import's full frames, then a recorder's chunk-sized frames (sync after each), odd sizes, full again.
    const writer = await store.createWriter(ID, 'pcm');
    const parts: Buffer[] = [];
    const append = async (bytes: number, sync: boolean) => {
      const part = randomBytes(bytes);
      parts.push(part);
      await writer.append(part);
      if (sync) await writer.sync();
    };
    for (let i = 0; i < 45; i += 1) await append(FRAME_PLAINTEXT_BYTES, false);
    for (let i = 0; i < 70; i += 1) await append(16_000, true);
    for (const bytes of [1, 333, 70_000, 5]) await append(bytes, true);
    for (let i = 0; i < 40; i += 1) await append(FRAME_PLAINTEXT_BYTES, false);
    await writer.commit();
    const data = Buffer.concat(parts);

    expect(await store.size(ID, 'pcm')).toBe(data.length);
    expect((await read()).equals(data)).toBe(true);
    // 70,000 bytes make a full frame and a short one; commit seals an empty FINAL frame.
    const frames = 45 + 70 + 5 + 40 + 1;
    expect(await store.verify(ID, 'pcm')).toMatchObject({ badFrames: [], complete: true, frames });
    for (const start of [0, 45 * FRAME_PLAINTEXT_BYTES - 3, 45 * FRAME_PLAINTEXT_BYTES + 16_000 * 69 + 7]) {
      const end = start + 200_000;
      expect((await read({ start, end })).equals(data.subarray(start, end + 1))).toBe(true);
    }
  });

  it('stores no plaintext: the file holds no run of the audio bytes', async () => {
    const data = await writeSample();
    const stored = fs.readFileSync(storedFile());
    expect(stored.includes(data.subarray(100_000, 100_032))).toBe(false);
    expect(stored.includes(data.subarray(0, 32))).toBe(false);
  });

  it('detects one flipped byte, names the frame, and keeps the other frames readable', async () => {
    const data = await writeSample();
    const file = storedFile();
    const bytes = fs.readFileSync(file);
    flipByte(bytes, frameOffset(1) + 100);
    fs.writeFileSync(file, bytes);
    expect(await store.verify(ID, 'pcm')).toMatchObject({ frames: 4, badFrames: [1], complete: true });
    await expect(read({ start: FRAME_PLAINTEXT_BYTES, end: FRAME_PLAINTEXT_BYTES + 10 })).rejects.toMatchObject({
      code: 'integrity',
      details: { frame: 1 },
    });
    const later = { start: FRAME_PLAINTEXT_BYTES * 2, end: FRAME_PLAINTEXT_BYTES * 3 - 1 };
    expect((await read(later)).equals(data.subarray(later.start, later.end + 1))).toBe(true);
  });

  it('detects frames swapped into another order', async () => {
    await writeSample();
    const file = storedFile();
    const bytes = fs.readFileSync(file);
    const size = FRAME_PLAINTEXT_BYTES + FRAME_OVERHEAD;
    const first = Buffer.from(bytes.subarray(frameOffset(0), frameOffset(0) + size));
    bytes.copy(bytes, frameOffset(0), frameOffset(1), frameOffset(1) + size);
    first.copy(bytes, frameOffset(1));
    fs.writeFileSync(file, bytes);
    expect((await store.verify(ID, 'pcm'))?.badFrames).toEqual([0, 1]);
  });

  it('detects a file cut short (its FINAL frame missing) and a frame moved in from another recording', async () => {
    await writeSample();
    const file = storedFile();
    fs.truncateSync(file, frameOffset(3));
    expect(await store.verify(ID, 'pcm')).toMatchObject({ frames: 3, badFrames: [], complete: false });

    const other = 'rec_bbbbbbbbbbbb';
    const writer = await store.createWriter(other, 'pcm');
    await writer.append(Buffer.alloc(FRAME_PLAINTEXT_BYTES, 1));
    await writer.commit();
    keys.keys.set(other, keys.keyFor(ID)); // even under the same key, the recording id is authenticated
    const bytes = fs.readFileSync(file);
    const foreign = fs.readFileSync(storedFile(other));
    foreign.copy(bytes, frameOffset(0), frameOffset(0), frameOffset(1));
    fs.writeFileSync(file, bytes);
    expect((await store.verify(ID, 'pcm'))?.badFrames).toEqual([0]);
  });

  it('keeps frames in order when appends are not awaited one by one (regression: duplicate frame index)', async () => {
    const data = Buffer.alloc(FRAME_PLAINTEXT_BYTES * 5 + 123);
    for (let i = 0; i < data.length; i += 1) data[i] = (i * 13) & 0xff;
    const writer = await store.createWriter(ID, 'pcm');
    const appends: Promise<void>[] = [];
    for (let offset = 0; offset < data.length; offset += 40_000)
      appends.push(writer.append(data.subarray(offset, offset + 40_000)));
    await Promise.all(appends);
    await writer.commit();
    expect(await store.verify(ID, 'pcm')).toMatchObject({ badFrames: [], complete: true });
    expect((await read()).equals(data)).toBe(true);
  });

  it('makes nothing visible before commit, and an aborted writer leaves nothing behind', async () => {
    const writer = await store.createWriter(ID, 'pcm');
    await writer.append(Buffer.alloc(100_000, 3));
    await writer.sync();
    expect(await store.size(ID, 'pcm')).toBeNull();
    await writer.abort();
    expect(fs.existsSync(path.join(dir, 'audio', ID))).toBe(false);
  });

  it('deletes the key with the recording (crypto-shredding)', async () => {
    await writeSample();
    await store.deleteRecording(ID);
    expect(keys.keys.has(ID)).toBe(false);
    expect(fs.existsSync(path.join(dir, 'audio', ID))).toBe(false);
  });

  it('gives tools a plaintext temp file only while they run', async () => {
    const data = await writeSample();
    let seen = '';
    await store.withPlaintextFile(ID, 'pcm', async (file) => {
      seen = file;
      expect(fs.readFileSync(file).equals(data)).toBe(true);
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    });
    expect(fs.existsSync(seen)).toBe(false);
  });
});
