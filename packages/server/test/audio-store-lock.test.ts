import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { EncryptedAudioStore } from '../src/audio/encrypted-audio-store';
import { FRAME_PLAINTEXT_BYTES } from '../src/audio/frame-format';
import { MemoryKeyRing, storeWithMemoryKeys, tempStoreForEachTest } from './support/memory-key-ring';
import { tempContext } from './support/temp-context';

const ID = 'rec_lockedmidway';
/** More frames than a Readable buffers ahead (16), so some are still to be decrypted when the lock comes. */
const FRAMES = 40;

let dir: string;
let keys: MemoryKeyRing;
let store: EncryptedAudioStore;

tempStoreForEachTest('furikaeri-store-lock-', (made) => {
  ({ dir, keys, store } = made);
});

/** The data key as unlocking again gives it back (from its wrapped copy in the database). */
let unwrappedAgain: Buffer;

/** The library locks: the store closes, then every key in memory is overwritten. */
function lock(): void {
  unwrappedAgain = Buffer.from(keys.keyFor(ID));
  store.close();
  keys.clear();
}

function reopenedStore(): EncryptedAudioStore {
  const again = new MemoryKeyRing();
  again.keys.set(ID, unwrappedAgain);
  return storeWithMemoryKeys(dir, again);
}

/** Reads until the stream ends or fails, pausing after the first chunk for `onFirstChunk`. */
async function drain(
  stream: Readable,
  onFirstChunk: () => unknown = () => undefined,
): Promise<{ bytes: number; error: unknown }> {
  let bytes = 0;
  try {
    for await (const chunk of stream) {
      if (bytes === 0) await onFirstChunk();
      bytes += (chunk as Buffer).length;
    }
    return { bytes, error: null };
  } catch (error) {
    return { bytes, error };
  }
}

describe('the audio store when the library locks', () => {
  it('stops a playback at its next frame with "locked", not with a false tamper report', async () => {
    const data = randomBytes(FRAMES * FRAME_PLAINTEXT_BYTES);
    const writer = await store.createWriter(ID, 'pcm');
    await writer.append(data);
    await writer.commit();

    const { bytes, error } = await drain(store.createReadStream(ID, 'pcm'), lock);

    expect(error).toMatchObject({ code: 'locked' });
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThan(data.length);
    expect(await drain(store.createReadStream(ID, 'pcm'))).toMatchObject({ bytes: 0, error: { code: 'locked' } });
    await expect(store.createWriter('rec_afterthelock', 'pcm')).rejects.toMatchObject({ code: 'locked' });
  });

  it('seals no frame of an upload with the overwritten key: what came before the lock resumes intact', async () => {
    const before = randomBytes(3 * FRAME_PLAINTEXT_BYTES);
    const writer = await store.createWriter(ID, 'original');
    await writer.append(before);
    await writer.sync();
    lock();

    await expect(writer.append(randomBytes(FRAME_PLAINTEXT_BYTES))).rejects.toMatchObject({ code: 'locked' });
    await writer.release();

    const resumed = await reopenedStore().resumeWriter(ID, 'original');
    expect(resumed?.bytesWritten).toBe(before.length);
  });

  it('leaves a journal whole when the lock comes while it is being scanned to resume', async () => {
    const journal = randomBytes(5 * FRAME_PLAINTEXT_BYTES);
    const writer = await store.createWriter(ID, 'live');
    await writer.append(journal);
    await writer.sync();
    await writer.release();
    const partial = path.join(dir, 'audio', ID, 'live.fka.partial');
    const size = fs.statSync(partial).size;

    // The key is taken now; the scan's first frame is read after the lock.
    const resuming = store.resumeWriter(ID, 'live');
    lock();

    await expect(resuming).rejects.toMatchObject({ code: 'locked' });
    expect(fs.statSync(partial).size).toBe(size);
    const resumed = await reopenedStore().resumeWriter(ID, 'live');
    expect(resumed?.bytesWritten).toBe(journal.length);
  });
});

describe('locking a running library (AppContext.close)', () => {
  it('ends a stream that is still being read with "locked" instead of a closed-database error', async () => {
    const env = await tempContext();
    try {
      const writer = await env.ctx.store.createWriter(ID, 'pcm');
      await writer.append(randomBytes(FRAMES * FRAME_PLAINTEXT_BYTES));
      await writer.commit();

      const { bytes, error } = await drain(env.ctx.store.createReadStream(ID, 'pcm'), () => env.ctx.close());

      expect(error).toMatchObject({ code: 'locked' });
      expect(bytes).toBeLessThan(FRAMES * FRAME_PLAINTEXT_BYTES);
      const afterwards = await drain(env.ctx.store.createReadStream(ID, 'pcm'));
      expect(afterwards).toMatchObject({ bytes: 0, error: { code: 'locked' } });
    } finally {
      await env.cleanup();
    }
  });
});
