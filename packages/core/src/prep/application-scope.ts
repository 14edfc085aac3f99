import type { PrepEvent } from './types';

/**
 * The events of one application: those linked to it, and those of the company linked to none (an event the
 * user has not assigned could be either). Without an application, all the company's events.
 */
export function eventsOfApplication<T extends Pick<PrepEvent, 'applicationId'>>(
  events: readonly T[],
  applicationId: string | null | undefined,
): T[] {
  if (!applicationId) return [...events];
  return events.filter((event) => event.applicationId === applicationId || event.applicationId === null);
}
