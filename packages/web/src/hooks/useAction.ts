import { useCallback, useRef, useState } from 'react';

export interface Action {
  busy: boolean;
  error: unknown;
  clearError(): void;
  /** Runs `task` unless one is already running; an error is kept for display instead of thrown. */
  run(task: () => Promise<void>): Promise<boolean>;
}

/** Busy and error state of a button or form that calls the API. */
export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const running = useRef(false);

  const run = useCallback(async (task: () => Promise<void>) => {
    if (running.current) return false;
    running.current = true;
    setBusy(true);
    setError(null);
    try {
      await task();
      return true;
    } catch (caught) {
      setError(caught);
      return false;
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);

  const clearError = useCallback(() => setError(null), []);
  return { busy, error, clearError, run };
}
