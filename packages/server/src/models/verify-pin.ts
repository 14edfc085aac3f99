import { checksumMismatchError, sizeMismatchError } from './model-errors';
import type { Pin } from './registry-types';

/** Throws when a measured file disagrees with a published size or SHA-256; a null pin checks nothing. */
export function verifyPin(label: string, pin: Pin, actual: { size: number; sha256: string }): void {
  if (pin.size !== null && pin.size !== actual.size) throw sizeMismatchError(label, pin.size, actual.size);
  if (pin.sha256 !== null && pin.sha256 !== actual.sha256) {
    throw checksumMismatchError(label, pin.sha256, actual.sha256);
  }
}
