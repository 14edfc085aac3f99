import type { VaultStatus } from '@furikaeri/core';
import { request } from './http';
import type { StorageReport } from './storage';

export type { VaultState, VaultStatus } from '@furikaeri/core';

export const vaultApi = {
  status: () => request<VaultStatus>('GET', '/vault'),
  setup: (passphrase: string) => request<{ recoveryKey: string }>('POST', '/vault/setup', { passphrase }),
  unlock: (passphrase: string) => request<VaultStatus>('POST', '/vault/unlock', { passphrase }),
  recover: (recoveryKey: string, passphrase: string) =>
    request<VaultStatus>('POST', '/vault/recover', { recoveryKey, passphrase }),
  lock: () => request<VaultStatus>('POST', '/vault/lock'),
  /** 0 = never. */
  setAutoLock: (autoLockMinutes: number) => request<VaultStatus>('PUT', '/vault/settings', { autoLockMinutes }),
  changePassphrase: (current: string, next: string) => request<void>('POST', '/vault/passphrase', { current, next }),
  /** Deletes the keys, then every file of the library; the answer's state is `uninitialised`. */
  destroy: (passphrase: string) => request<VaultStatus>('POST', '/vault/destroy', { passphrase }),
  storage: () => request<StorageReport>('GET', '/storage'),
};
