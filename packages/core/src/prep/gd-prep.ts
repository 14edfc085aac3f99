import { isProceduralLine } from '../analysis/modes/gd-ideas';
import type { GdRole } from '../analysis/report';
import type { PrepEvent, PrepSource } from './types';

export interface PrepGdRoleTaken {
  role: GdRole;
  /** In how many discussions I took it. */
  count: number;
  examples: PrepSource[];
}

export interface GdPrep {
  discussions: number;
  roles: PrepGdRoleTaken[];
  othersIdeas: Array<PrepSource & { speaker: string; kind: string }>;
}

/** A group discussion with what I said in it (for the words of the moment a role showed). */
export interface GdHistory {
  event: PrepEvent;
  mySegments: ReadonlyArray<{ id: string; startMs: number; text: string }>;
}

/**
 * From past group discussions: the roles I took and the other participants' ideas. The roles are the
 * analysis' (analysis/modes/gd-roles.ts: volunteered, or shown by what someone kept doing), read from each
 * report, so the review and the preparation never disagree about who did what.
 */
export function groupDiscussionPrep(history: readonly GdHistory[]): GdPrep {
  const roles = new Map<GdRole, PrepGdRoleTaken>();
  const othersIdeas: GdPrep['othersIdeas'] = [];
  let discussions = 0;
  for (const { event, mySegments } of history) {
    const gd = event.report.groupDiscussion;
    if (!gd) continue;
    discussions += 1;
    const source = (segmentId: string, atMs: number, quote: string): PrepSource => ({
      eventId: event.eventId,
      eventType: event.type,
      round: event.round,
      date: event.date,
      segmentIds: [segmentId],
      atMs,
      quote,
    });
    const me = new Set(gd.participants.filter((p) => p.role === 'me').map((p) => p.key));
    for (const taken of gd.roles) {
      if (!me.has(taken.speaker)) continue;
      const entry = roles.get(taken.role) ?? { role: taken.role, count: 0, examples: [] };
      entry.count += 1;
      const quote = mySegments.find((segment) => segment.id === taken.segmentId)?.text ?? '';
      if (entry.examples.length < 3) entry.examples.push(source(taken.segmentId, taken.atMs, quote));
      roles.set(taken.role, entry);
    }
    for (const idea of gd.othersIdeas) {
      // The analysis leaves these out since it knows them; a report kept from before still lists them.
      if (isProceduralLine(idea.text)) continue;
      othersIdeas.push({ ...source(idea.segmentId, idea.atMs, idea.text), speaker: idea.speaker, kind: idea.kind });
    }
  }
  return { discussions, roles: [...roles.values()].sort((a, b) => b.count - a.count), othersIdeas };
}
