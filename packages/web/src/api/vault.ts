import type { VaultStatus } from '@furikaeri/core';
import { request } from './http';

export type { VaultState, VaultStatus } from '@furikaeri/core';

export const vaultApi = {
  status: () => request<VaultStatus>('GET', '/vault'),
  setup: (passphrase: string) => request<{ recoveryKey: string }>('POST', '/vault/setup', { passphrase }),
  unlock: (passphrase: string) => request<VaultStatus>('POST', '/vault/unlock', { passphrase }),
  recover: (recoveryKey: string, passphrase: string) =>
    request<VaultStatus>('POST', '/vault/recover', { recoveryKey, passphrase }),
  lock: () => request<VaultStatus>('POST', '/vault/lock'),
};
