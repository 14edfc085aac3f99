import { useEffect } from 'react';

/** Calls `reload` every `intervalMs` while `active` (a download in progress), and stops when it is not. */
export function usePollWhile(active: boolean, reload: () => Promise<void>, intervalMs: number): void {
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => void reload(), intervalMs);
    return () => clearInterval(timer);
  }, [active, reload, intervalMs]);
}
