import type { LiveStopResult, PracticeTake, StopReason } from '@furikaeri/core';
import type { ApiError } from '../../../api/errors';
import { recorderApi } from '../../../api/recorder';
import type { CaptureGraph } from '../capture/capture-graph';
import type { Outbox, TakeRecord } from '../upload/outbox';
import type { RecorderSnapshot } from './recorder-state';

const RETRY_MS = 3_000;

/** Worth trying again: the server is away, restarting, locked or out of disk for now. */
function transient(error: unknown): boolean {
  const { status } = error as ApiError;
  return status === 0 || status === 401 || status === 423 || status >= 500;
}

async function retrying<T>(attempt: () => Promise<T>, onRetry?: (error: ApiError) => void): Promise<T> {
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      if (!transient(error)) throw error;
      onRetry?.(error as ApiError);
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
    }
  }
}

/** Opens a server session for a new take and records the take in the outbox before any audio flows. */
export async function startTake(
  outbox: Outbox,
  snapshot: RecorderSnapshot,
  graph: CaptureGraph,
  { practice, practiceAttempt }: { practice: boolean; practiceAttempt: PracticeTake | null },
): Promise<TakeRecord> {
  const { mode, processing } = snapshot;
  const session = await recorderApi.start(snapshot.eventId, {
    mode,
    practice,
    processing,
    continues: null,
    sampleRate: graph.sampleRate,
    channels: graph.channels,
    practiceAttempt,
  });
  const take: TakeRecord = {
    takeId: crypto.randomUUID(),
    eventId: session.eventId,
    sessionId: session.id,
    base: 0,
    baseOffset: 0,
    format: session.format,
    mode,
    practice,
    practiceAttempt,
    processing,
    ended: false,
    bookmarks: [],
    savedBeforeMs: 0,
    startedAt: session.startedAt,
  };
  await outbox.putTake(take);
  return take;
}

/** The server saved the take's session early: the rest of the take goes into a new recording. */
export async function continueTake(take: TakeRecord): Promise<{ sessionId: string }> {
  const session = await retrying(() =>
    recorderApi.start(take.eventId, {
      mode: take.mode,
      practice: take.practice,
      processing: take.processing,
      continues: take.sessionId,
      practiceAttempt: take.practiceAttempt ?? null,
      ...take.format,
    }),
  );
  return { sessionId: session.id };
}

/** Saves the session, waiting out a server that is restarting or locked (`onRetry` says why it waits). */
export function stopSession(
  sessionId: string,
  reason: StopReason,
  onRetry?: (error: ApiError) => void,
): Promise<LiveStopResult> {
  return retrying(() => recorderApi.stop(sessionId, reason), onRetry);
}
