import type { Message } from '../../domain/message';
import type { GdRole, GdRoleTaken, KeyPoint } from '../report';
import type { Turn } from '../turns';

/**
 * The roles candidates take in a group discussion (司会, 書記, タイムキーパー, 発表) — the common set in 就活
 * guides to GD — when someone volunteers (「私が司会をやります」, 「時間は私が見ておきます」); 発案 goes to the
 * participant who brought the most ideas of their own (not building on another's), when that is two or more.
 */
export const GD_ROLE_LABELS = {
  moderator: { ja: '司会', en: 'moderator' },
  note_taker: { ja: '書記', en: 'note-taker' },
  timekeeper: { ja: 'タイムキーパー', en: 'timekeeper' },
  presenter: { ja: '発表', en: 'presenter' },
  idea_generator: { ja: '発案', en: 'ideas' },
} satisfies Record<GdRole, Message>;

const VOLUNTEER: ReadonlyArray<[GdRole, RegExp]> = [
  [
    'moderator',
    /(私|僕|わたし|自分)(が|、)?.{0,6}(司会|進行|ファシリ)|(司会|進行)は(私|僕|わたし|自分)が|(司会|進行|ファシリテーター?)を?(やら|務め|させて|します|やります|担当)/,
  ],
  [
    'note_taker',
    /(私|僕|わたし|自分)(が|は|、)?.{0,6}書記|書記は(私|僕|わたし|自分)が|書記を?(やら|務め|します|やります|担当)|(メモ|記録)は?(私|僕)が/,
  ],
  ['timekeeper', /タイムキーパー|タイムキープ|時間は(私|僕|わたし|自分)が|(私|僕)が時間を(見|計|管理)/],
  ['presenter', /発表は(私|僕|わたし|自分)が|(私|僕|わたし|自分)が発表/],
];

export function rolesTaken(
  turns: readonly Turn[],
  participants: ReadonlySet<string>,
  ideas: readonly KeyPoint[],
): GdRoleTaken[] {
  const roles: GdRoleTaken[] = [];
  for (const turn of turns) {
    if (!participants.has(turn.speaker)) continue;
    for (const [role, pattern] of VOLUNTEER) {
      if (!pattern.test(turn.text) || roles.some((taken) => taken.role === role)) continue;
      roles.push({ speaker: turn.speaker, role, segmentId: turn.segments[0]?.id ?? '', atMs: turn.startMs });
    }
  }
  const own = new Map<string, KeyPoint[]>();
  for (const idea of ideas) {
    if (idea.kind === 'conclusion' || idea.buildsOn) continue;
    own.set(idea.speaker, [...(own.get(idea.speaker) ?? []), idea]);
  }
  const [top, second] = [...own].sort((a, b) => b[1].length - a[1].length);
  const first = top?.[1][0];
  if (top && first && top[1].length >= 2 && top[1].length > (second?.[1].length ?? 0)) {
    roles.push({ speaker: top[0], role: 'idea_generator', segmentId: first.segmentId, atMs: first.atMs });
  }
  return roles;
}

/** A moderator who volunteered for a role or brings ideas is a candidate running the discussion, not staff. */
export function isCandidateModerator(turns: readonly Turn[], speaker: string): boolean {
  const own = turns.filter((turn) => turn.speaker === speaker);
  return own.some((turn) => VOLUNTEER.some(([, pattern]) => pattern.test(turn.text)));
}
