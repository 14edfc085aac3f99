import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { onMaybeLocked } from '../api/session';
import { type VaultStatus, vaultApi } from '../api/vault';

interface VaultValue {
  status: VaultStatus | null;
  error: unknown;
  refresh(): Promise<void>;
  /** After setup, unlock, recover or deleting everything: the server's new status. */
  setStatus(status: VaultStatus, options?: { destroyed?: boolean }): void;
  /** Everything was just deleted from this page: the set-up screen says so. */
  destroyed: boolean;
  lock(): Promise<void>;
}

const VaultContext = createContext<VaultValue | null>(null);

/** Whether the encrypted library is open; re-checked whenever a request hints that it was locked. */
export function VaultProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<VaultStatus | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [destroyed, setDestroyed] = useState(false);

  const refresh = useCallback(async () => {
    try {
      setStatus(await vaultApi.status());
      setError(null);
    } catch (caught) {
      // A failed re-check keeps what is shown; only the first check has nothing to fall back on.
      setError(caught);
    }
  }, []);

  useEffect(() => {
    void refresh();
    return onMaybeLocked(() => void refresh());
  }, [refresh]);

  const updateStatus = useCallback((next: VaultStatus, options?: { destroyed?: boolean }) => {
    setStatus(next);
    setDestroyed(options?.destroyed === true);
  }, []);

  const lock = useCallback(async () => {
    setStatus(await vaultApi.lock());
  }, []);

  const value = useMemo(
    () => ({ status, error, refresh, setStatus: updateStatus, destroyed, lock }),
    [status, error, refresh, updateStatus, destroyed, lock],
  );
  return <VaultContext.Provider value={value}>{children}</VaultContext.Provider>;
}

export function useVault(): VaultValue {
  const value = useContext(VaultContext);
  if (!value) throw new Error('useVault outside VaultProvider');
  return value;
}
