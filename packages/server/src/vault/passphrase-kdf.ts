import { randomBytes, scrypt } from 'node:crypto';
import { KEY_BYTES } from './master-key';

/** scrypt cost. N = 2^17, r = 8 uses 128 MiB and ~0.3 s here: memory-hard against GPU guessing. */
export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

export const DEFAULT_SCRYPT: ScryptParams = { N: 2 ** 17, r: 8, p: 1 };

/** For tests only: the same code path, cheap enough to run hundreds of times. */
export const TEST_SCRYPT: ScryptParams = { N: 2 ** 10, r: 8, p: 1 };

export function newSalt(): Buffer {
  return randomBytes(16);
}

export function derivePassphraseKey(passphrase: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  const normalized = passphrase.normalize('NFC');
  return new Promise((resolve, reject) => {
    scrypt(
      normalized,
      salt,
      KEY_BYTES,
      { N: params.N, r: params.r, p: params.p, maxmem: 256 * params.N * params.r + 32 * 1024 * 1024 },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}
