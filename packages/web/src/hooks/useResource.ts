import { type Dispatch, type SetStateAction, useCallback, useEffect, useRef, useState } from 'react';

export interface Resource<T> {
  data: T | null;
  error: unknown;
  loading: boolean;
  /** Loads again; the data shown stays until the new answer arrives. */
  reload(): Promise<void>;
  setData: Dispatch<SetStateAction<T | null>>;
}

/**
 * Loads something from the API when `key` changes; answers to stale requests are dropped. `merge`
 * combines a reloaded answer with what is shown (e.g. to keep newer live updates).
 */
export function useResource<T>(
  key: string,
  load: () => Promise<T>,
  merge?: (previous: T | null, next: T) => T,
): Resource<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const generation = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  const mergeRef = useRef(merge);
  mergeRef.current = merge;

  const reload = useCallback(async () => {
    const mine = ++generation.current;
    setLoading(true);
    try {
      const value = await loadRef.current();
      if (mine !== generation.current) return;
      setData((previous) => mergeRef.current?.(previous, value) ?? value);
      setError(null);
    } catch (caught) {
      if (mine === generation.current) setError(caught);
    } finally {
      if (mine === generation.current) setLoading(false);
    }
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` identifies what to load; `load` may be a fresh closure each render.
  useEffect(() => {
    setData(null);
    void reload();
  }, [key, reload]);

  return { data, error, loading, reload, setData };
}
