import type { EventSummary, JobEvent } from '@furikaeri/core';

/**
 * Where an event sits in a company's selection process: first contact (OB/OG visit, 座談会), then the
 * screening rounds, then practice. Used to order events of the same day and to group questions by round.
 */
export function stageRank(event: Pick<JobEvent, 'type' | 'round'>): number {
  switch (event.type) {
    case 'ob_og_visit':
      return 0;
    case 'roundtable':
      return 1;
    case 'group_discussion':
      return 3;
    case 'group_interview':
      return 4;
    case 'practice':
      return 20;
    case 'interview':
      return event.round ? ROUND_RANK[event.round] : 9;
  }
}

const ROUND_RANK = { casual: 2, first: 5, second: 6, third: 7, final: 8 } as const;

/** Oldest first; on the same day (and time) the earlier stage first. */
export function timelineOrder(events: readonly EventSummary[]): EventSummary[] {
  return [...events].sort(
    (a, b) => `${a.date} ${a.time ?? ''}`.localeCompare(`${b.date} ${b.time ?? ''}`) || stageRank(a) - stageRank(b),
  );
}
