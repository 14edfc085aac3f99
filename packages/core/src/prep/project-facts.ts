import { threadRoots } from './claims';
import { parseQuantity, type Quantity } from './japanese-numbers';
import type { Claim, PrepEvent } from './types';

/**
 * What a figure stands for in its sentence: a target or a plan (目標, 当初の予定), the starting point of a
 * change (「四時間から三十分に」: 四時間), or what actually happened. Only figures of the same standing are
 * compared: 目標 20 % and 実績 15 % of one project are both true.
 */
export type FigureStanding = 'plan' | 'before' | 'actual';

export interface ProjectFigure {
  claim: Claim;
  project: string;
  quantity: Quantity;
  standing: FigureStanding;
}

/** My position in a project, by its level: リーダー and チームリーダー are the same, サブリーダー is not. */
export type RoleLevel = 'manager' | 'lead' | 'sub_lead' | 'member';

export interface ProjectRole {
  claim: Claim;
  project: string;
  level: RoleLevel;
  /** The words of the title as said (サブリーダー). */
  title: string;
}

const PLAN_BEFORE = /(?:目標|予定|当初|計画|見込み?|想定|目指)[^、。]{0,10}$/;
const PLAN_AFTER = /^[^、。]{0,12}(?:目標|予定|目指|見込)/;

function standingOf(claim: Claim): FigureStanding {
  const at = claim.sentence.indexOf(claim.text);
  if (at < 0) return 'actual';
  // A plan word before 「…から」 is about the figure the change started from, not the one it came to.
  const before =
    claim.sentence
      .slice(0, at)
      .split(/から|より/)
      .at(-1) ?? '';
  const after = claim.sentence.slice(at + claim.text.length);
  if (PLAN_BEFORE.test(before) || PLAN_AFTER.test(after)) return 'plan';
  if (/^(?:から|より)/.test(after)) return 'before';
  return 'actual';
}

/** The project each question's thread is about: the first project I named in it. */
function projectsOfThreads(event: PrepEvent, claims: readonly Claim[]): (questionId: string) => string | undefined {
  const roots = threadRoots(event.report.questions);
  const rootOf = (questionId: string) => roots.get(questionId)?.id ?? questionId;
  const projects = new Map<string, string>();
  for (const claim of claims) {
    const root = rootOf(claim.questionId);
    if (claim.kind === 'project' && !projects.has(root)) projects.set(root, claim.text.replace(/プロジェクト$/, ''));
  }
  return (questionId) => projects.get(rootOf(questionId));
}

/**
 * Numbers said in the thread of a project (its answer and the answers to its follow-ups), with what they
 * stand for. A unit with two different values of one standing in one event is ambiguous (三日かかる調査を一日で):
 * it is not compared.
 */
export function projectFigures(event: PrepEvent, claims: readonly Claim[]): ProjectFigure[] {
  const projectOf = projectsOfThreads(event, claims);
  const figures: ProjectFigure[] = [];
  for (const claim of claims.filter((c) => c.kind === 'number')) {
    const quantity = parseQuantity(claim.text);
    const project = projectOf(claim.questionId);
    if (quantity && project) figures.push({ claim, project, quantity, standing: standingOf(claim) });
  }
  const key = (f: ProjectFigure) => `${f.project}|${f.quantity.unit}|${f.standing}`;
  const values = new Map<string, Set<number>>();
  for (const f of figures) values.set(key(f), (values.get(key(f)) ?? new Set()).add(f.quantity.value));
  return figures.filter((f) => values.get(key(f))?.size === 1);
}

/** Titles by level; the more specific first (サブリーダー before リーダー). */
const TITLES: ReadonlyArray<[RegExp, RoleLevel]> = [
  [/サブリーダー|副リーダー|リーダー補佐|サブリード/, 'sub_lead'],
  [/プロジェクトマネージャー|マネージャー|PM|管理職/, 'manager'],
  [/リーダー|責任者|リード|取りまとめ役|PL/, 'lead'],
  [/一メンバー|メンバーとして|担当者として/, 'member'],
];

/** 私はリーダーとして, リーダーを務め: a title I give myself, not a leader I worked with (リーダーに相談し). */
const MY_TITLE = /私[はが]|として|を務め|を任され|をやっ|を担当/;

/** The position I said I had in a project's thread. */
export function projectRoles(event: PrepEvent, claims: readonly Claim[]): ProjectRole[] {
  const projectOf = projectsOfThreads(event, claims);
  return claims.flatMap((claim) => {
    const project = projectOf(claim.questionId);
    if (claim.kind !== 'role' || !project || !MY_TITLE.test(claim.text)) return [];
    for (const [pattern, level] of TITLES) {
      const title = pattern.exec(claim.text)?.[0];
      if (title) return [{ claim, project, level, title }];
    }
    return [];
  });
}
