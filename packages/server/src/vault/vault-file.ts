import fs from 'node:fs';
import path from 'node:path';
import { vaultFileDamaged } from '../services/storage-damage';
import type { WrappedKey } from './master-key';
import type { ScryptParams } from './passphrase-kdf';

/**
 * The only unencrypted file of a library besides the encrypted ones: the master key wrapped twice
 * (by the passphrase and by the recovery key) and the lock settings. It holds nothing about recordings.
 */
export interface VaultFile {
  format: 'furikaeri-vault';
  version: 1;
  createdAt: string;
  kdf: ScryptParams & { name: 'scrypt'; salt: string };
  passphraseWrap: WrappedKey;
  recovery: { salt: string; wrap: WrappedKey };
  settings: VaultSettings;
}

export interface VaultSettings {
  /** Lock after this many minutes without use; 0 turns auto-lock off. */
  autoLockMinutes: number;
}

export const DEFAULT_VAULT_SETTINGS: VaultSettings = { autoLockMinutes: 15 };

export const VAULT_FILE_NAME = 'vault.json';

export function vaultPath(dataDir: string): string {
  return path.join(dataDir, VAULT_FILE_NAME);
}

export function readVaultFile(dataDir: string): VaultFile | null {
  let text: string;
  try {
    text = fs.readFileSync(vaultPath(dataDir), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const file = vaultPath(dataDir);
  let parsed: VaultFile;
  try {
    parsed = JSON.parse(text) as VaultFile;
  } catch (error) {
    throw vaultFileDamaged(file, error instanceof Error ? error.message : String(error));
  }
  if (parsed?.format !== 'furikaeri-vault' || parsed.version !== 1) {
    throw vaultFileDamaged(file, 'not a furikaeri vault this version can read');
  }
  if (!hasKeyWraps(parsed)) throw vaultFileDamaged(file, 'fields missing');
  return parsed;
}

/** The parts unlocking reads: a file cut short or edited by hand loses them first. */
function hasKeyWraps(vault: VaultFile): boolean {
  const wraps = [vault.passphraseWrap, vault.recovery?.wrap];
  return (
    typeof vault.kdf?.salt === 'string' &&
    typeof vault.recovery?.salt === 'string' &&
    wraps.every((wrap) => typeof wrap === 'object' && wrap !== null)
  );
}

/** Written to a temp file, fsynced, then renamed: a crash never leaves a half-written vault. */
export function writeVaultFile(dataDir: string, vault: VaultFile): void {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const target = vaultPath(dataDir);
  const temporary = `${target}.tmp`;
  const fd = fs.openSync(temporary, 'w', 0o600);
  try {
    fs.writeSync(fd, `${JSON.stringify(vault, null, 2)}\n`);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temporary, target);
}
