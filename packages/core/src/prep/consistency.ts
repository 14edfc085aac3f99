import { bigramSimilarity } from '../analysis/text/similarity';
import type { Message } from '../domain/message';
import { extractClaims, threadRoots } from './claims';
import { MOTIVATION_THEMES, OPPOSED, REASON_THEMES, themesOf } from './consistency-themes';
import { parseQuantity, type Quantity } from './japanese-numbers';
import type { Claim, PrepEvent, PrepSource } from './types';

export type ConsistencyKind = 'reason_for_change' | 'project_numbers' | 'motivation';

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
 * jobs, the numbers of the same project, and wishes that exclude each other (manager vs specialist…).
 * Only statements from different events are compared: within one answer several figures and wishes coexist.
 */
export function checkConsistency(events: readonly PrepEvent[]): ConsistencyWarning[] {
  const ordered = [...events].sort((a, b) => a.date.localeCompare(b.date));
  const said = ordered.map((event) => ({ event, claims: extractClaims(event) }));
  return [...reasonWarnings(said), ...numberWarnings(said), ...motivationWarnings(said)];
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

interface ProjectFigure {
  said: Said;
  project: string;
  quantity: Quantity;
}

/** Numbers said in the thread of a project (its answer and the answers to its follow-ups). */
function projectFigures(event: PrepEvent, claims: readonly Claim[]): ProjectFigure[] {
  const roots = threadRoots(event.report.questions);
  const rootOf = (questionId: string) => roots.get(questionId)?.id ?? questionId;
  const projectOfThread = new Map<string, Claim>();
  for (const claim of claims) {
    if (claim.kind === 'project' && !projectOfThread.has(rootOf(claim.questionId))) {
      projectOfThread.set(rootOf(claim.questionId), claim);
    }
  }
  const figures: ProjectFigure[] = [];
  for (const claim of claims.filter((c) => c.kind === 'number')) {
    const quantity = parseQuantity(claim.text);
    const project = projectOfThread.get(rootOf(claim.questionId));
    if (quantity && project) {
      figures.push({ said: { event, claim }, project: project.text.replace(/プロジェクト$/, ''), quantity });
    }
  }
  // A unit with two different values in one event is ambiguous (三日かかる調査を一日で): it is not compared.
  const values = new Map<string, Set<number>>();
  for (const f of figures) {
    const key = `${f.project}|${f.quantity.unit}`;
    values.set(key, (values.get(key) ?? new Set()).add(f.quantity.value));
  }
  return figures.filter((f) => values.get(`${f.project}|${f.quantity.unit}`)?.size === 1);
}

function numberWarnings(said: EventClaims): ConsistencyWarning[] {
  // One figure per event, project and unit stands for the rest (they agree within an event).
  const firsts = new Map<string, ProjectFigure>();
  for (const figure of said.flatMap(({ event, claims }) => projectFigures(event, claims))) {
    const key = `${figure.said.event.eventId}|${figure.project}|${figure.quantity.unit}`;
    if (!firsts.has(key)) firsts.set(key, figure);
  }
  const figures = [...firsts.values()];
  const seen = new Set<string>();
  return pairs(figures).flatMap(([a, b]) => {
    if (a.said.event.eventId === b.said.event.eventId || a.quantity.unit !== b.quantity.unit) return [];
    if (a.quantity.value === b.quantity.value || bigramSimilarity(a.project, b.project) < 0.6) return [];
    const key = `${a.said.event.eventId}|${b.said.event.eventId}|${a.quantity.unit}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [
      {
        kind: 'project_numbers' as const,
        message: {
          ja: `「${a.project}」の数字が違います（${a.said.claim.text} と ${b.said.claim.text}）。`,
          en: `Different figures for "${a.project}" (${a.said.claim.text} vs ${b.said.claim.text}).`,
        },
        first: side(a.said),
        second: side(b.said),
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
