import { useEffect, useRef, useState } from 'react';

/** Seconds since `since` changed (a new question); ticks while `running`, and keeps its value once stopped. */
export function useElapsed(since: string, running: boolean): number {
  const [elapsed, setElapsed] = useState(0);
  const started = useRef(Date.now());
  // biome-ignore lint/correctness/useExhaustiveDependencies: `since` restarts the timer for a new question.
  useEffect(() => {
    started.current = Date.now();
    setElapsed(0);
  }, [since]);
  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(() => setElapsed(Math.floor((Date.now() - started.current) / 1000)), 1000);
    return () => window.clearInterval(timer);
  }, [running]);
  return elapsed;
}
