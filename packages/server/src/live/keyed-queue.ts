/**
 * Runs tasks for the same key one after another (tasks for different keys run freely). Every operation on a
 * live session goes through it: a resend racing its original, a stop racing the last chunk, or the sweeper
 * racing a page that comes back, all see the session in a consistent state.
 */
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(task);
    this.tails.set(key, next);
    // Forget the key once idle, so a 3-hour recording's queue does not hold every past promise.
    void next
      .catch(() => undefined)
      .then(() => {
        if (this.tails.get(key) === next) this.tails.delete(key);
      });
    return next;
  }

  /** Resolves when every task queued so far has settled. */
  async drain(): Promise<void> {
    await Promise.all([...this.tails.values()].map((tail) => tail.catch(() => undefined)));
  }
}
