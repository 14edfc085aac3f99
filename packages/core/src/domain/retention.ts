import type { ApplicationStatus } from './labels';

/** An application in one of these states is over: its recordings' audio may be deleted after a while. */
export const CLOSED_APPLICATION_STATUSES: readonly ApplicationStatus[] = ['accepted', 'rejected', 'withdrawn'];

export function isClosedStatus(status: ApplicationStatus): boolean {
  return CLOSED_APPLICATION_STATUSES.includes(status);
}

/** What to keep. `null` days keeps audio forever (the default: deleting is the user's choice). */
export interface RetentionPolicy {
  audioDaysAfterClose: number | null;
}

export const DEFAULT_RETENTION: RetentionPolicy = { audioDaysAfterClose: null };

export const MAX_RETENTION_DAYS = 3650;

/** Whether audio of an application closed at `closedAt` is due for deletion at `now`. Pure, for the sweep. */
export function isAudioDue(policy: RetentionPolicy, closedAt: string | null, now: Date): boolean {
  if (policy.audioDaysAfterClose === null || closedAt === null) return false;
  const closed = Date.parse(closedAt);
  return Number.isFinite(closed) && now.getTime() - closed >= policy.audioDaysAfterClose * 86_400_000;
}
