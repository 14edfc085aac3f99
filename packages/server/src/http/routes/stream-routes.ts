import type { StreamMessage } from '@furikaeri/core';
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { AppContext } from '../../app-context';
import type { LibraryChange } from '../../jobs/job-bus';
import type { LibrarySession } from '../../vault/library-session';

function toMessage(change: LibraryChange): StreamMessage {
  if (change.kind === 'job') return { type: 'job', job: change.job };
  if (change.kind === 'recording') return { type: 'recording', recording: change.recording };
  return change.refused
    ? { type: 'recording-deleted', recordingId: change.recordingId, refused: change.refused }
    : { type: 'recording-deleted', recordingId: change.recordingId };
}

/** Server-sent events: job progress and library changes, pushed as they happen. */
export function streamRoutes(context: () => AppContext, session: LibrarySession): Hono {
  return new Hono().get('/stream', (c) => {
    const ctx = context();
    return streamSSE(c, async (stream) => {
      const queue: StreamMessage[] = [];
      let wake: (() => void) | null = null;
      const unsubscribe = ctx.bus.subscribe((change) => {
        queue.push(toMessage(change));
        wake?.();
      });
      // Locking ends the stream: the page then asks /api/vault and shows the unlock screen.
      const stopOnLock = session.onStateChange((state) => {
        if (state !== 'unlocked') void stream.close();
        wake?.();
      });
      stream.onAbort(() => {
        unsubscribe();
        stopOnLock();
        wake?.();
      });
      await stream.writeSSE({ event: 'ready', data: '{}' });
      while (!stream.aborted) {
        const message = queue.shift();
        if (message) {
          await stream.writeSSE({ event: message.type, data: JSON.stringify(message) });
          continue;
        }
        // Wait for a change, or send a comment every 15 s so proxies and the browser keep the connection.
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, 15_000);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        wake = null;
        if (queue.length === 0 && !stream.aborted) await stream.write(': keep-alive\n\n');
      }
      unsubscribe();
      stopOnLock();
    });
  });
}
