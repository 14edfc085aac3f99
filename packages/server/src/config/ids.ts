import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

/** Short, unguessable ids with a type prefix ("rec_…") that read well in a CLI and in URLs. */
export function newId(prefix: 'co' | 'app' | 'ev' | 'rec' | 'job' | 'tr' | 'an' | 'lvs' | 'bmk' | 'pa'): string {
  const bytes = randomBytes(12);
  let out = '';
  for (const byte of bytes) out += ALPHABET[byte & 31];
  return `${prefix}_${out}`;
}
