import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

export const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** A key wrapped (encrypted) with AES-256-GCM under another key, bound to a purpose by its AAD. */
export interface WrappedKey {
  iv: string;
  data: string;
  tag: string;
}

export function wrapKey(key: Buffer, wrappingKey: Buffer, aad: string): WrappedKey {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', wrappingKey, iv);
  cipher.setAAD(Buffer.from(aad));
  const data = Buffer.concat([cipher.update(key), cipher.final()]);
  return { iv: iv.toString('base64'), data: data.toString('base64'), tag: cipher.getAuthTag().toString('base64') };
}

/** Throws when the wrapping key is wrong or the wrapped bytes were altered (GCM authentication). */
export function unwrapKey(wrapped: WrappedKey, wrappingKey: Buffer, aad: string): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', wrappingKey, Buffer.from(wrapped.iv, 'base64'), {
    authTagLength: TAG_BYTES,
  });
  decipher.setAAD(Buffer.from(aad));
  decipher.setAuthTag(Buffer.from(wrapped.tag, 'base64'));
  return Buffer.concat([decipher.update(Buffer.from(wrapped.data, 'base64')), decipher.final()]);
}

/**
 * The vault's master key, held only in memory while unlocked. Every other key is derived from it
 * (HKDF, one label per purpose), so locking is one `destroy()`: the bytes are overwritten.
 */
export class MasterKey {
  private readonly bytes: Buffer;
  private destroyed = false;

  constructor(bytes: Buffer) {
    if (bytes.length !== KEY_BYTES) throw new Error('master key must be 32 bytes');
    this.bytes = Buffer.from(bytes);
  }

  static generate(): MasterKey {
    return new MasterKey(randomBytes(KEY_BYTES));
  }

  derive(purpose: 'database' | 'audio-key-wrap'): Buffer {
    if (this.destroyed) throw new Error('the vault is locked');
    return Buffer.from(hkdfSync('sha256', this.bytes, Buffer.alloc(0), `furikaeri ${purpose} v1`, KEY_BYTES));
  }

  /** Raw bytes for wrapping into the vault file; never leaves the process otherwise. */
  exportBytes(): Buffer {
    if (this.destroyed) throw new Error('the vault is locked');
    return Buffer.from(this.bytes);
  }

  destroy(): void {
    this.bytes.fill(0);
    this.destroyed = true;
  }
}
