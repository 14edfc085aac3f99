import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EncryptedAudioStore } from '../src/audio/encrypted-audio-store';
import { EncryptedAudioWriter } from '../src/audio/encrypted-audio-writer';
import { FRAME_PLAINTEXT_BYTES } from '../src/audio/frame-format';
import { FrameHashThread } from '../src/audio/frame-hash-thread';
import { HashChain } from '../src/audio/hash-chain';
import { StoreGate } from '../src/audio/store-gate';
import { tempStoreForEachTest } from './support/memory-key-ring';

let dir: string;
let store: EncryptedAudioStore;

tempStoreForEachTest('furikaeri-hash-thread-', (made) => {
  ({ dir, store } = made);
});

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

describe('hashing frames on a second thread', () => {
  it('gives two streams written side by side the same chain the store recomputes on this thread', async () => {
    const first = randomBytes(FRAME_PLAINTEXT_BYTES * 5 + 123);
    const second = randomBytes(FRAME_PLAINTEXT_BYTES * 3);
    const one = await store.createWriter('rec_hashthread01', 'pcm');
    const two = await store.createWriter('rec_hashthread02', 'original');
    // Whole frames (handed over without a copy), odd sizes (copied), and a short synced frame, interleaved.
    for (let at = 0, round = 0; at < Math.max(first.length, second.length); round += 1) {
      const size = round % 2 === 0 ? FRAME_PLAINTEXT_BYTES : 20_011;
      if (at < first.length) await one.append(first.subarray(at, at + size));
      if (at < second.length) await two.append(second.subarray(at, at + size));
      if (round === 3) await two.sync();
      at += size;
    }
    await one.commit();
    await two.commit();
    const checkOne = await store.verify('rec_hashthread01', 'pcm');
    const checkTwo = await store.verify('rec_hashthread02', 'original');
    expect(one.summary).toEqual(checkOne?.recomputed);
    expect(two.summary).toEqual(checkTwo?.recomputed);
    expect(one.summary?.sha256).toBe(sha256(first));
    expect(two.summary?.sha256).toBe(sha256(second));
    expect(one.summary?.bytes).toBe(first.length);
    expect(two.summary?.bytes).toBe(second.length);
  });

  it("leaves the caller's buffers whole: the writer hands over only its own copies", async () => {
    const chunk = randomBytes(FRAME_PLAINTEXT_BYTES);
    const before = Buffer.from(chunk);
    const writer = await store.createWriter('rec_hashthread03', 'pcm');
    await writer.append(chunk);
    await writer.append(chunk);
    await writer.commit();
    expect(chunk.length).toBe(FRAME_PLAINTEXT_BYTES);
    expect(chunk.equals(before)).toBe(true);
    expect(writer.bytesWritten).toBe(2 * FRAME_PLAINTEXT_BYTES);
  });

  it('fails the commit when the hashing thread stops, and the synced stream resumes whole on this thread', async () => {
    const thread = new FrameHashThread();
    const gate = new StoreGate();
    const key = randomBytes(32);
    const context = { recordingId: 'rec_hashthread04', kind: 'pcm' };
    const finalPath = path.join(dir, 'stream.fka');
    const data = randomBytes(FRAME_PLAINTEXT_BYTES * 2 + 500);
    const writer = await EncryptedAudioWriter.open(
      finalPath,
      key,
      context,
      gate,
      thread.open('rec_hashthread04', 'pcm'),
    );
    await writer.append(data);
    await writer.sync();
    await thread.close();
    await expect(writer.commit()).rejects.toThrow(/frame hashing/);
    expect(fs.existsSync(finalPath)).toBe(false);
    expect(fs.existsSync(`${finalPath}.partial`)).toBe(true);

    const resumed = await EncryptedAudioWriter.resume(finalPath, key, context, gate);
    if (!resumed) throw new Error('nothing to resume');
    await resumed.commit();
    const local = new HashChain('rec_hashthread04', 'pcm');
    local.addFrame(data.subarray(0, FRAME_PLAINTEXT_BYTES));
    local.addFrame(data.subarray(FRAME_PLAINTEXT_BYTES, 2 * FRAME_PLAINTEXT_BYTES));
    local.addFrame(data.subarray(2 * FRAME_PLAINTEXT_BYTES));
    local.addFrame(Buffer.alloc(0)); // the FINAL frame commit seals
    expect(resumed.summary).toEqual(local.summary());
  });
});
