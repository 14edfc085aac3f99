import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import type { AudioKeyRing } from '../../src/audio/audio-key-ring';
import { EncryptedAudioStore } from '../../src/audio/encrypted-audio-store';
import { tempDir } from './temp-context';

/** Random data keys kept in a map: the audio store's tests need no database to hold wrapped keys. */
export class MemoryKeyRing implements AudioKeyRing {
  readonly keys = new Map<string, Buffer>();

  keyFor(recordingId: string): Buffer {
    const key = this.keys.get(recordingId) ?? randomBytes(32);
    this.keys.set(recordingId, key);
    return key;
  }

  forget(recordingId: string): void {
    this.keys.delete(recordingId);
  }

  /** As the database key ring does on lock: every key overwritten with zeros, in place. */
  clear(): void {
    for (const key of this.keys.values()) key.fill(0);
  }
}

/** An encrypted audio store in `dir` (audio/ and tmp/ below it) whose keys are held by `keys`. */
export function storeWithMemoryKeys(dir: string, keys: MemoryKeyRing): EncryptedAudioStore {
  return new EncryptedAudioStore(path.join(dir, 'audio'), path.join(dir, 'tmp'), keys);
}

export interface TempStore {
  dir: string;
  keys: MemoryKeyRing;
  store: EncryptedAudioStore;
}

/**
 * Gives each test a fresh store with in-memory keys in its own temp folder (handed to `use`), and afterwards
 * closes it, with its hashing thread, and removes the folder.
 */
export function tempStoreForEachTest(prefix: string, use: (made: TempStore) => void): void {
  let made: TempStore;
  beforeEach(() => {
    const dir = tempDir(prefix);
    const keys = new MemoryKeyRing();
    made = { dir, keys, store: storeWithMemoryKeys(dir, keys) };
    use(made);
  });
  afterEach(() => {
    made.store.close();
    fs.rmSync(made.dir, { recursive: true, force: true });
  });
}
