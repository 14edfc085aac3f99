import { bigramSimilarity } from '../analysis/text/similarity';
import type { Message } from '../domain/message';
import { extractClaims } from './claims';
import { MOTIVATION_THEMES, OPPOSED, REASON_THEMES, themesOf } from './consistency-themes';
import { type ProjectFigure, projectFigures, projectRoles } from './project-facts';
import type { Claim, PrepEvent, PrepSource } from './types';

export type ConsistencyKind = 'reason_for_change' | 'project_numbers' | 'project_role' | 'motivation';

export interface ConsistencySide {
  source: PrepSource;
  companyId: string | null;
  companyName: string | null;
  applicationId: string | null;
}

/** Two things I said that a careful interviewer (or two who compare notes) would see do not fit together. */
export interface ConsistencyWarning {
  kind: ConsistencyKind;
  message: Message;
  first: ConsistencySide;
  second: ConsistencySide;
}

interface Said {
  event: PrepEvent;
  claim: Claim;
}

const side = ({ event, claim }: Said): ConsistencySide => ({
  source: claim.source,
  companyId: event.companyId,
  companyName: event.companyName,
  applicationId: event.applicationId,
});

/**
 * Checks what must stay the same about me across rounds, events and companies: the reason I am changing
 * jobs, the numbers of the same project (durations however written: 三ヶ月, 3か月, 半年 = 6か月, 一年半; a
 * target only against a target), my role in it (リーダー vs サブリーダー), and wishes that exclude each other
 * (manager vs specialist…).
 * Only statements from different events are compared: within one answer several figures and wishes coexist.
 */
export function checkConsistency(events: readonly PrepEvent[]): ConsistencyWarning[] {
  const ordered = [...events].sort((a, b) => a.date.localeCompare(b.date));
  const said = ordered.map((event) => ({ event, claims: extractClaims(event) }));
  return [...reasonWarnings(said), ...numberWarnings(said), ...roleWarnings(said), ...motivationWarnings(said)];
}

type EventClaims = Array<{ event: PrepEvent; claims: Claim[] }>;

function pairs<T>(items: readonly T[]): Array<[T, T]> {
  return items.flatMap((a, i) => items.slice(i + 1).map((b) => [a, b] as [T, T]));
}

function reasonWarnings(said: EventClaims): ConsistencyWarning[] {
  const reasons = said.flatMap(({ event, claims }) => {
    const withTheme = claims.filter((c) => c.kind === 'reason' && themesOf(c.sentence, REASON_THEMES).size > 0);
    if (withTheme.length === 0 || !withTheme[0]) return [];
    const themes = new Set(withTheme.flatMap((c) => [...themesOf(c.sentence, REASON_THEMES)]));
    return [{ said: { event, claim: withTheme[0] }, themes }];
  });
  const seen = new Set<string>();
  return pairs(reasons).flatMap(([a, b]) => {
    if ([...a.themes].some((theme) => b.themes.has(theme))) return [];
    const signature = `${[...a.themes].sort()}|${[...b.themes].sort()}`;
    if (seen.has(signature)) return [];
    seen.add(signature);
    return [
      {
        kind: 'reason_for_change' as const,
        message: {
          ja: '転職理由が面接によって違います。どちらが本当の理由か、一つの軸にそろえましょう。',
          en: 'You gave different reasons for changing jobs. Settle on one line.',
        },
        first: side(a.said),
        second: side(b.said),
      },
    ];
  });
}

function numberWarnings(said: EventClaims): ConsistencyWarning[] {
  // One figure per event, project, unit and standing stands for the rest (they agree within an event).
  const firsts = new Map<string, { event: PrepEvent; figure: ProjectFigure }>();
  for (const { event, claims } of said) {
    for (const figure of projectFigures(event, claims)) {
      const key = `${event.eventId}|${figure.project}|${figure.quantity.unit}|${figure.standing}`;
      if (!firsts.has(key)) firsts.set(key, { event, figure });
    }
  }
  const seen = new Set<string>();
  return pairs([...firsts.values()]).flatMap(([a, b]) => {
    const [x, y] = [a.figure, b.figure];
    if (a.event.eventId === b.event.eventId || x.quantity.unit !== y.quantity.unit) return [];
    // A target and a result, or where a change started and where it ended, may differ and both be true.
    if (x.standing !== y.standing) return [];
    if (x.quantity.value === y.quantity.value || bigramSimilarity(x.project, y.project) < 0.6) return [];
    const key = `${a.event.eventId}|${b.event.eventId}|${x.quantity.unit}|${x.standing}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [
      {
        kind: 'project_numbers' as const,
        message: {
          ja: `「${x.project}」の数字が違います（${x.claim.text} と ${y.claim.text}）。`,
          en: `Different figures for "${x.project}" (${x.claim.text} vs ${y.claim.text}).`,
        },
        first: side({ event: a.event, claim: x.claim }),
        second: side({ event: b.event, claim: y.claim }),
      },
    ];
  });
}

/** リーダー in one round, サブリーダー in the next, for the same project (チームリーダー is still a リーダー). */
function roleWarnings(said: EventClaims): ConsistencyWarning[] {
  const roles = said.flatMap(({ event, claims }) => {
    const own = projectRoles(event, claims);
    // Two levels in one event (サブリーダーから始めてリーダーに) tell a career, not a contradiction.
    const levels = new Set(own.map((role) => `${role.project}|${role.level}`));
    return own
      .filter((role) => [...levels].filter((level) => level.startsWith(`${role.project}|`)).length === 1)
      .map((role) => ({ event, role }));
  });
  const seen = new Set<string>();
  return pairs(roles).flatMap(([a, b]) => {
    if (a.event.eventId === b.event.eventId || a.role.level === b.role.level) return [];
    if (bigramSimilarity(a.role.project, b.role.project) < 0.6) return [];
    const key = `${a.event.eventId}|${b.event.eventId}|${a.role.project}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [
      {
        kind: 'project_role' as const,
        message: {
          ja: `「${a.role.project}」での役割が違います（${a.role.title} と ${b.role.title}）。`,
          en: `Different roles in "${a.role.project}" (${a.role.title} vs ${b.role.title}).`,
        },
        first: side({ event: a.event, claim: a.role.claim }),
        second: side({ event: b.event, claim: b.role.claim }),
      },
    ];
  });
}

function motivationWarnings(said: EventClaims): ConsistencyWarning[] {
  const all = said.flatMap(({ event, claims }) =>
    claims
      .filter((c) => c.kind === 'motivation' || c.kind === 'plan' || c.kind === 'reason')
      .map((claim) => ({ said: { event, claim }, themes: themesOf(claim.sentence, MOTIVATION_THEMES) })),
  );
  // The first wish of each theme in each event is enough to compare; the rest only repeat it.
  const firstOfTheme = new Set<string>();
  const wishes = all.filter((wish) => {
    const fresh = [...wish.themes].filter((theme) => !firstOfTheme.has(`${wish.said.event.eventId}|${theme}`));
    for (const theme of fresh) firstOfTheme.add(`${wish.said.event.eventId}|${theme}`);
    return fresh.length > 0;
  });
  const byEvent = new Map<string, Set<string>>();
  for (const wish of all) {
    const themes = byEvent.get(wish.said.event.eventId) ?? new Set<string>();
    for (const theme of wish.themes) themes.add(theme);
    byEvent.set(wish.said.event.eventId, themes);
  }
  const warnings: ConsistencyWarning[] = [];
  const seen = new Set<string>();
  for (const [x, y] of OPPOSED) {
    for (const [a, b] of pairs(wishes)) {
      if (a.said.event.eventId === b.said.event.eventId) continue;
      const flip = a.themes.has(y) && b.themes.has(x);
      if (!(a.themes.has(x) && b.themes.has(y)) && !flip) continue;
      const [mine, theirs] = flip ? [y, x] : [x, y];
      // Someone who says both in the same event holds both wishes; that is not a contradiction.
      if (byEvent.get(a.said.event.eventId)?.has(theirs) || byEvent.get(b.said.event.eventId)?.has(mine)) continue;
      const key = `${a.said.event.eventId}|${b.said.event.eventId}|${x}`;
      if (seen.has(key)) continue;
      seen.add(key);
      warnings.push({
        kind: 'motivation',
        message: {
          ja: `やりたいことが面接によって食い違っています（${THEME_LABELS[mine]} と ${THEME_LABELS[theirs]}）。`,
          en: `Your wishes differ between interviews (${mine} vs ${theirs}).`,
        },
        first: side(a.said),
        second: side(b.said),
      });
    }
  }
  return warnings;
}

const THEME_LABELS: Record<string, string> = {
  manager: 'マネジメント志向',
  specialist: 'スペシャリスト志向',
  stability: '安定',
  challenge: '挑戦',
  upstream: '上流・設計',
  operations: '運用',
  remote: 'リモート',
  office: '出社',
};
