import { useEffect, useRef } from 'react';

/**
 * Single-letter shortcuts for the recording screen (B, P, D, Escape). Ignored while typing in a field and
 * with modifier keys, so they never fight the browser's or the system's shortcuts.
 */
export function useHotkeys(handlers: Record<string, () => void>, enabled = true): void {
  const current = useRef(handlers);
  current.current = handlers;
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      const handler = current.current[event.key.length === 1 ? event.key.toLowerCase() : event.key];
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
