import type { PracticeTake } from '@furikaeri/core';

/**
 * What the recorder needs from practice mode (prep/spoken-practice.ts implements it): a take's question is
 * checked when the take starts and kept with its session, and whichever way the take is saved — stopped on
 * the page, flushed by a reopened page after a crash, or recovered by the sweeper — its recording becomes
 * that practice attempt.
 */
export interface PracticeTakes {
  /** The question as it will be kept (its scope checked: an unknown company or application is refused). */
  check(take: PracticeTake): PracticeTake;
  /** Called once, in the transaction that registers the take's recording. */
  saved(take: PracticeTake, recordingId: string, durationMs: number): void;
}
