import type { PracticeAttemptView } from '@furikaeri/core';
import { useCallback, useState } from 'react';
import { prepApi } from '../../api/prep';
import { usePollWhile } from '../../hooks/usePollWhile';

/** A spoken answer waits while its recording is being decoded or transcribed. */
export function stillMeasuring(attempt: PracticeAttemptView): boolean {
  return attempt.spoken?.transcript === 'pending';
}

/** The attempt just made, fetched again every 2 s while the server is still measuring it. */
export function useAttempt(onChange: () => Promise<void>) {
  const [attempt, setAttempt] = useState<PracticeAttemptView | null>(null);
  const refresh = useCallback(async () => {
    if (!attempt) return;
    const next = await prepApi.attempt(attempt.id);
    setAttempt(next);
    if (!stillMeasuring(next)) await onChange();
  }, [attempt, onChange]);
  usePollWhile(attempt !== null && stillMeasuring(attempt), refresh, 2_000);
  return { attempt, setAttempt };
}
