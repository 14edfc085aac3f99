import { hkdfSync, randomBytes } from 'node:crypto';
import { KEY_BYTES } from './master-key';

// Crockford-style alphabet: no I, L, O, U, so a key read from paper is not misread.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 160 random bits shown once as 8 groups of 4 characters, e.g. "7K3M-…". */
export function newRecoveryKey(): string {
  const bytes = randomBytes(20);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return (out.match(/.{4}/g) ?? []).join('-');
}

/** Accepts what people type: lower case, spaces, missing dashes, O for 0 and I/L for 1. */
export function normalizeRecoveryKey(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

/** The recovery key has full entropy, so a fast KDF suffices (no stretching needed). */
export function recoveryWrappingKey(recoveryKey: string, salt: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', normalizeRecoveryKey(recoveryKey), salt, 'furikaeri recovery v1', KEY_BYTES));
}
