import { randomBytes } from 'node:crypto';
import type { Db } from '../db/database';
import { KEY_BYTES, unwrapKey, type WrappedKey, wrapKey } from '../vault/master-key';

/** Each recording has its own random data key, so deleting one recording can destroy its key alone. */
export interface AudioKeyRing {
  /** The recording's data key, created on first use. */
  keyFor(recordingId: string): Buffer;
  /** Destroys the key (crypto-shredding): nothing encrypted with it can be read again. */
  forget(recordingId: string): void;
}

/**
 * Data keys live wrapped (AES-256-GCM under a key derived from the master key) in the encrypted database,
 * which runs with secure_delete so a forgotten key's row is overwritten, not just unlinked.
 */
export class DatabaseKeyRing implements AudioKeyRing {
  private readonly cache = new Map<string, Buffer>();

  constructor(
    private readonly db: Db,
    private readonly wrappingKey: Buffer,
  ) {}

  keyFor(recordingId: string): Buffer {
    const cached = this.cache.get(recordingId);
    if (cached) return cached;
    const row = this.db.prepare('SELECT wrapped FROM audio_keys WHERE recording_id = ?').get(recordingId) as
      | { wrapped: string }
      | undefined;
    let key: Buffer;
    if (row) key = unwrapKey(JSON.parse(row.wrapped) as WrappedKey, this.wrappingKey, recordingId);
    else {
      key = randomBytes(KEY_BYTES);
      this.db
        .prepare('INSERT INTO audio_keys (recording_id, wrapped) VALUES (?, ?)')
        .run(recordingId, JSON.stringify(wrapKey(key, this.wrappingKey, recordingId)));
    }
    this.cache.set(recordingId, key);
    return key;
  }

  forget(recordingId: string): void {
    this.cache.get(recordingId)?.fill(0);
    this.cache.delete(recordingId);
    this.db.prepare('DELETE FROM audio_keys WHERE recording_id = ?').run(recordingId);
  }

  /** Called on lock: no data key, nor the key that unwraps them, stays in memory. */
  clear(): void {
    for (const key of this.cache.values()) key.fill(0);
    this.cache.clear();
    this.wrappingKey.fill(0);
  }
}
