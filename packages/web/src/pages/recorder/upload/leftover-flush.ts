import { bytesPerSecond, type LiveStopResult } from '@furikaeri/core';
import { takeLockName } from '../session/page-guards';
import { stopSession } from '../session/take-api';
import { ChunkSender, type SenderStatus } from './chunk-sender';
import { Outbox, type TakeRecord } from './outbox';

export interface FlushOutcome {
  take: TakeRecord;
  /** The saved recording, or null when the server had saved it before and nothing was added. */
  result: LiveStopResult | null;
  /** Audio that could not be added: the server had already saved that recording without it. */
  droppedMs: number;
}

/** Sends what a closed or crashed recorder tab left, then saves its recording ("recovered" if it was running). */
async function flushTake(outbox: Outbox, take: TakeRecord, onStatus: (status: SenderStatus) => void) {
  let droppedMs = 0;
  const sender = new ChunkSender(outbox, take, {
    onStatus,
    onSessionClosed: async () => {
      droppedMs = Math.round(((await outbox.pendingBytes(take.takeId)) / bytesPerSecond(take.format)) * 1000);
      return null;
    },
  });
  await sender.restore();
  await sender.whenIdle();
  let result: LiveStopResult | null = null;
  try {
    // Also when the server had saved it already: the answer is then that saved recording.
    result = await stopSession(sender.take.sessionId, take.ended ? 'user' : 'page_closed');
  } catch {
    // The session is gone with its event: nothing to save.
  }
  await outbox.deleteTake(take.takeId);
  return { take, result, droppedMs };
}

/**
 * Runs once per page load: every take in the outbox that no open tab is recording (Web Lock free) is
 * sent and saved. This is how a closed tab or a crashed browser loses nothing it had captured.
 */
export async function flushLeftovers(onStatus: (status: SenderStatus) => void): Promise<FlushOutcome[]> {
  if (typeof indexedDB === 'undefined') return [];
  const outbox = await Outbox.open();
  const outcomes: FlushOutcome[] = [];
  try {
    for (const take of await outbox.takes()) {
      const run = () => flushTake(outbox, take, onStatus);
      if (!navigator.locks) outcomes.push(await run());
      else {
        await navigator.locks.request(takeLockName(take.takeId), { ifAvailable: true }, async (lock) => {
          if (lock) outcomes.push(await run());
        });
      }
    }
  } finally {
    outbox.close();
  }
  return outcomes;
}
