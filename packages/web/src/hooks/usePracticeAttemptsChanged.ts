import { useEffect } from 'react';

const EVENT = 'furikaeri:practice-attempts-changed';

/**
 * Says that practice attempts were made outside the practice page's own flow — a take a crashed or closed
 * tab left behind, saved on reopening — so charts loaded before it appeared refresh without a reload.
 */
export function announcePracticeAttemptsChanged(): void {
  window.dispatchEvent(new Event(EVENT));
}

/**
 * Calls `reload` when attempts changed elsewhere (see above), and when the page becomes visible again: the
 * server saves a take abandoned for a while by itself, and the user may come back to this tab to see it.
 */
export function usePracticeAttemptsChanged(reload: () => Promise<void> | void): void {
  useEffect(() => {
    const changed = () => void reload();
    const visible = () => {
      if (document.visibilityState === 'visible') void reload();
    };
    window.addEventListener(EVENT, changed);
    document.addEventListener('visibilitychange', visible);
    return () => {
      window.removeEventListener(EVENT, changed);
      document.removeEventListener('visibilitychange', visible);
    };
  }, [reload]);
}
