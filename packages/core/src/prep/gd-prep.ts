import type { PrepEvent, PrepSource } from './types';

export type PrepGdRole = 'facilitator' | 'note_taker' | 'timekeeper' | 'idea';

/**
 * The roles of a group discussion as the 就活 guides name them (司会/ファシリテーター, 書記, タイムキーパー, 発案者 —
 * e.g. マイナビ・リクナビ「グループディスカッションの役割」), recognised from what I said: a facilitator steers
 * (進めましょう, 意見を聞かせて), a note-taker writes down and sums up (まとめると, 書き出し), a timekeeper keeps time
 * (残り5分, 時間), an idea-giver proposes (〜はどうでしょう, 提案).
 */
const ROLE_CUES: Record<PrepGdRole, RegExp> = {
  facilitator: /進めましょう|進めます|司会|いかがですか|意見を(?:聞かせ|ください|お願い)|どう思いますか|まずは.*決め/,
  note_taker: /書記|書き出し|メモ|まとめると|整理すると|ホワイトボード/,
  timekeeper: /タイムキーパー|残り[0-9０-９一二三四五六七八九十]+分|時間配分|時間が(?:ない|迫)/,
  idea: /提案|どうでしょう|はどうですか|案として|アイデア/,
};

export interface PrepGdRoleTaken {
  role: PrepGdRole;
  count: number;
  examples: PrepSource[];
}

export interface GdPrep {
  discussions: number;
  roles: PrepGdRoleTaken[];
  othersIdeas: Array<PrepSource & { speaker: string; kind: string }>;
}

/** A group discussion with what I said in it (the report keeps only a few key points per person). */
export interface GdHistory {
  event: PrepEvent;
  mySegments: ReadonlyArray<{ id: string; startMs: number; text: string }>;
}

/** From past group discussions: the roles I took (with quotes) and the other participants' ideas. */
export function groupDiscussionPrep(history: readonly GdHistory[]): GdPrep {
  const discussions = history.filter(({ event }) => event.report.groupDiscussion);
  const roles = new Map<PrepGdRole, PrepGdRoleTaken>();
  const othersIdeas: GdPrep['othersIdeas'] = [];
  for (const { event, mySegments } of discussions) {
    const gd = event.report.groupDiscussion;
    if (!gd) continue;
    const source = (segmentId: string, atMs: number, quote: string): PrepSource => ({
      eventId: event.eventId,
      eventType: event.type,
      round: event.round,
      date: event.date,
      segmentIds: [segmentId],
      atMs,
      quote,
    });
    for (const segment of mySegments) {
      for (const [role, cue] of Object.entries(ROLE_CUES) as Array<[PrepGdRole, RegExp]>) {
        if (!cue.test(segment.text)) continue;
        const taken = roles.get(role) ?? { role, count: 0, examples: [] };
        taken.count += 1;
        if (taken.examples.length < 3) taken.examples.push(source(segment.id, segment.startMs, segment.text));
        roles.set(role, taken);
      }
    }
    for (const idea of gd.othersIdeas) {
      othersIdeas.push({ ...source(idea.segmentId, idea.atMs, idea.text), speaker: idea.speaker, kind: idea.kind });
    }
  }
  return { discussions: discussions.length, roles: [...roles.values()].sort((a, b) => b.count - a.count), othersIdeas };
}
