import type { Output } from '../output';

/** Issue #15: SIGTERM and SIGINT end `furikaeri serve` within 2 s; the lock itself takes about one. */
export const SHUTDOWN_DEADLINE_MS = 1_800;

/** Resolves on the first SIGINT (Ctrl-C) or SIGTERM (a service manager, `kill`). */
export function stopSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/**
 * Runs the shutdown (lock the library, close the server) under a deadline. Whatever is still running at
 * the deadline, or when a second signal comes, is cut off: the database is consistent at every commit and
 * a job handed back or left with a stale lease runs again at the next start, so exiting loses nothing.
 */
export async function shutDownWithin(output: Output, shutDown: () => Promise<void>): Promise<void> {
  let finished = false;
  const forceExit = (why: string) => {
    if (!finished) output.note(why);
    process.exit(0);
  };
  const late =
    output.locale === 'ja'
      ? '終了処理が時間内に終わらなかったため、そのまま終了します（処理は次回の起動で再開します）。'
      : 'Shutdown took too long; exiting now (unfinished work resumes at the next start).';
  // Unref'd: it fires only if something (a stuck handle) still holds the process at the deadline.
  setTimeout(() => forceExit(late), SHUTDOWN_DEADLINE_MS).unref();
  const again = () => forceExit(output.locale === 'ja' ? '終了します。' : 'Exiting.');
  process.once('SIGINT', again);
  process.once('SIGTERM', again);
  await shutDown();
  finished = true;
}
