import fs from 'node:fs';
import path from 'node:path';
import { AppError, assessPassphrase } from '@furikaeri/core';
import { MasterKey, unwrapKey, wrapKey } from './master-key';
import { DEFAULT_SCRYPT, derivePassphraseKey, newSalt, type ScryptParams } from './passphrase-kdf';
import { newRecoveryKey, recoveryWrappingKey } from './recovery-key';
import {
  DEFAULT_VAULT_SETTINGS,
  readVaultFile,
  type VaultFile,
  type VaultSettings,
  vaultPath,
  writeVaultFile,
} from './vault-file';

const PASSPHRASE_AAD = 'furikaeri master key / passphrase';
const RECOVERY_AAD = 'furikaeri master key / recovery';

export interface CreatedVault {
  masterKey: MasterKey;
  /** Shown to the user once; not stored anywhere. */
  recoveryKey: string;
}

/** Creates, opens and re-keys the vault file of one data folder. Holds no key itself. */
export class Vault {
  constructor(
    readonly dataDir: string,
    private readonly scryptParams: ScryptParams = DEFAULT_SCRYPT,
  ) {}

  exists(): boolean {
    return readVaultFile(this.dataDir) !== null;
  }

  settings(): VaultSettings {
    return readVaultFile(this.dataDir)?.settings ?? DEFAULT_VAULT_SETTINGS;
  }

  async create(passphrase: string): Promise<CreatedVault> {
    if (this.exists()) {
      throw new AppError('conflict', { ja: '保管庫は作成済みです', en: 'The vault already exists' });
    }
    refuseUnencryptedLibrary(this.dataDir);
    assertAcceptable(passphrase);
    const masterKey = MasterKey.generate();
    const recoveryKey = newRecoveryKey();
    const salt = newSalt();
    const recoverySalt = newSalt();
    const bytes = masterKey.exportBytes();
    writeVaultFile(this.dataDir, {
      format: 'furikaeri-vault',
      version: 1,
      createdAt: new Date().toISOString(),
      kdf: { name: 'scrypt', ...this.scryptParams, salt: salt.toString('base64') },
      passphraseWrap: wrapKey(bytes, await derivePassphraseKey(passphrase, salt, this.scryptParams), PASSPHRASE_AAD),
      recovery: {
        salt: recoverySalt.toString('base64'),
        wrap: wrapKey(bytes, recoveryWrappingKey(recoveryKey, recoverySalt), RECOVERY_AAD),
      },
      settings: DEFAULT_VAULT_SETTINGS,
    });
    bytes.fill(0);
    return { masterKey, recoveryKey };
  }

  async unlock(passphrase: string): Promise<MasterKey> {
    const file = this.require();
    const key = await derivePassphraseKey(passphrase, Buffer.from(file.kdf.salt, 'base64'), file.kdf);
    return this.open(() => unwrapKey(file.passphraseWrap, key, PASSPHRASE_AAD), wrongPassphrase);
  }

  /** Forgotten passphrase: the recovery key opens the vault and a new passphrase replaces the old. */
  async recover(recoveryKey: string, newPassphrase: string): Promise<MasterKey> {
    assertAcceptable(newPassphrase);
    const file = this.require();
    const wrappingKey = recoveryWrappingKey(recoveryKey, Buffer.from(file.recovery.salt, 'base64'));
    const masterKey = this.open(() => unwrapKey(file.recovery.wrap, wrappingKey, RECOVERY_AAD), wrongRecoveryKey);
    await this.rewrap(file, masterKey, newPassphrase);
    return masterKey;
  }

  async changePassphrase(current: string, next: string): Promise<void> {
    assertAcceptable(next);
    const masterKey = await this.unlock(current);
    await this.rewrap(this.require(), masterKey, next);
    masterKey.destroy();
  }

  updateSettings(settings: VaultSettings): VaultSettings {
    const file = this.require();
    writeVaultFile(this.dataDir, { ...file, settings });
    return settings;
  }

  /** Crypto-shredding: the key wraps first, then every file of the library. */
  destroy(): void {
    fs.rmSync(vaultPath(this.dataDir), { force: true });
    for (const name of ['furikaeri.db', 'furikaeri.db-wal', 'furikaeri.db-shm', 'audio', 'tmp']) {
      fs.rmSync(path.join(this.dataDir, name), { recursive: true, force: true });
    }
  }

  private async rewrap(file: VaultFile, masterKey: MasterKey, passphrase: string): Promise<void> {
    const salt = newSalt();
    const key = await derivePassphraseKey(passphrase, salt, this.scryptParams);
    const bytes = masterKey.exportBytes();
    writeVaultFile(this.dataDir, {
      ...file,
      kdf: { name: 'scrypt', ...this.scryptParams, salt: salt.toString('base64') },
      passphraseWrap: wrapKey(bytes, key, PASSPHRASE_AAD),
    });
    bytes.fill(0);
  }

  private open(unwrap: () => Buffer, onFailure: () => AppError): MasterKey {
    let bytes: Buffer;
    try {
      bytes = unwrap();
    } catch {
      throw onFailure();
    }
    const masterKey = new MasterKey(bytes);
    bytes.fill(0);
    return masterKey;
  }

  private require(): VaultFile {
    const file = readVaultFile(this.dataDir);
    if (!file) {
      throw new AppError('locked', {
        ja: '保管庫がまだありません。最初にパスフレーズを設定してください。',
        en: 'No vault yet. Set a passphrase first.',
      });
    }
    return file;
  }
}

function assertAcceptable(passphrase: string): void {
  const assessment = assessPassphrase(passphrase);
  if (!assessment.acceptable) {
    const hint = assessment.hints[0] ?? { ja: '', en: '' };
    throw new AppError('validation', {
      ja: `このパスフレーズは使えません: ${hint.ja}`,
      en: `This passphrase cannot be used: ${hint.en}`,
    });
  }
}

/** A library written before encryption existed is never silently mixed with an encrypted one. */
function refuseUnencryptedLibrary(dataDir: string): void {
  if (fs.existsSync(path.join(dataDir, 'furikaeri.db'))) {
    throw new AppError('conflict', {
      ja: `${dataDir} に暗号化されていない古いデータがあります。別の場所へ移してから始めてください。`,
      en: `${dataDir} holds an unencrypted library from an early version. Move it elsewhere, then start again.`,
    });
  }
}

function wrongPassphrase(): AppError {
  return new AppError('wrong_passphrase', {
    ja: 'パスフレーズが違います',
    en: 'Wrong passphrase',
  });
}

function wrongRecoveryKey(): AppError {
  return new AppError('wrong_passphrase', {
    ja: '回復キーが違います',
    en: 'Wrong recovery key',
  });
}
