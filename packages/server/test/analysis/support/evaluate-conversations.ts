import type { AnalysisReport, Morphology } from '@furikaeri/core';
import type { LabelledConversation } from './conversations';
import { type Counts, type FixtureScore, scoreFixture } from './evaluate';

/** What the second labelled set measures beyond questions and pairing (see conversations/README.md). */
export interface ConversationScore {
  base: FixtureScore;
  /** fp: ideas no label names; buildsOnWrong: a builds-on given where the label has none. */
  ideas: Counts & { buildsOnRight: number; buildsOnTotal: number; buildsOnWrong: number };
  participants: { found: number; total: number; turnsExact: number; interruptionsExact: number };
  gdRoles: { right: number; total: number };
  facts: Counts & { selectionOrAdvice: number; selectionOrAdviceFound: number };
  improper: Counts & { categoryRight: number };
  errors: string[];
}

interface FoundIdea {
  speaker: string;
  segmentId: string;
  text: string;
  buildsOn: string | null;
}

/** The ideas the report lists per participant. */
function ideasOf(report: AnalysisReport): FoundIdea[] {
  return (report.groupDiscussion?.participants ?? []).flatMap((participant) =>
    participant.keyPoints.map((point) => ({ ...point, buildsOn: point.buildsOn ?? null })),
  );
}

function improperOf(report: AnalysisReport): Array<{ segmentId: string; category: string }> {
  return report.improperQuestions.map((item) => ({ segmentId: item.segmentId, category: item.matter }));
}

const ROLE_NAMES = {
  moderator: '司会',
  note_taker: '書記',
  timekeeper: 'タイムキーパー',
  presenter: '発表',
  idea_generator: '発案',
};

/** Roles by speaker label, in the labels' words. */
function rolesOf(report: AnalysisReport): Record<string, string[]> {
  const roles: Record<string, string[]> = {};
  const labelOf = new Map(report.speakers.map((speaker) => [speaker.key, speaker.label]));
  for (const taken of report.groupDiscussion?.roles ?? []) {
    const label = labelOf.get(taken.speaker) ?? taken.speaker;
    roles[label] = [...(roles[label] ?? []), ROLE_NAMES[taken.role]];
  }
  return roles;
}

export async function scoreConversation(
  fixture: LabelledConversation,
  morphology: Morphology,
): Promise<{ score: ConversationScore; report: AnalysisReport }> {
  const { score: base, report } = await scoreFixture(fixture, morphology);
  const errors = base.errors.filter((error) => !/fillers|pace|off-topic|no-example|my question/.test(error));
  const note = (message: string) => errors.push(`${fixture.id}: ${message}`);
  const labels = fixture.extra;
  const labelOf = new Map(fixture.content.speakers.map((speaker) => [speaker.key, speaker.label]));
  const score: ConversationScore = {
    base,
    ideas: { tp: 0, fp: 0, fn: 0, buildsOnRight: 0, buildsOnTotal: 0, buildsOnWrong: 0 },
    participants: { found: 0, total: 0, turnsExact: 0, interruptionsExact: 0 },
    gdRoles: { right: 0, total: 0 },
    facts: { tp: 0, fp: 0, fn: 0, selectionOrAdvice: 0, selectionOrAdviceFound: 0 },
    improper: { tp: 0, fp: 0, fn: 0, categoryRight: 0 },
    errors,
  };
  const ideas = ideasOf(report);
  for (const label of labels.ideas ?? []) {
    const found = ideas.find(
      (idea) =>
        labelOf.get(idea.speaker) === label.speaker &&
        idea.segmentId === label.segment &&
        idea.text.includes(label.quote),
    );
    if (found) score.ideas.tp += 1;
    else {
      score.ideas.fn += 1;
      note(`missed idea of ${label.speaker} in ${label.segment} (「${label.quote}」)`);
    }
    if (found?.buildsOn && !label.buildsOn) {
      score.ideas.buildsOnWrong += 1;
      note(`idea in ${label.segment} builds on nobody's, found ${labelOf.get(found.buildsOn) ?? found.buildsOn}`);
    }
    if (label.buildsOn) {
      score.ideas.buildsOnTotal += 1;
      const builtOn = found?.buildsOn ? (labelOf.get(found.buildsOn) ?? found.buildsOn) : null;
      if (builtOn === label.buildsOn) score.ideas.buildsOnRight += 1;
      else note(`idea in ${label.segment} builds on ${label.buildsOn}, found ${builtOn ?? 'none'}`);
    }
  }
  // Recall alone would reward taking every sentence for an idea: count what no label names (a summary, a cause,
  // a presentation restating the ideas) so that looser rules show their cost.
  if (labels.ideas) {
    for (const idea of ideas) {
      const labelled = labels.ideas.some(
        (label) =>
          labelOf.get(idea.speaker) === label.speaker &&
          idea.segmentId === label.segment &&
          idea.text.includes(label.quote),
      );
      if (!labelled) score.ideas.fp += 1;
    }
  }
  const participants = report.groupDiscussion?.participants ?? [];
  for (const [name, expected] of Object.entries(labels.participants ?? {})) {
    score.participants.total += 1;
    const found = participants.find((participant) => participant.label === name);
    if (!found) {
      note(`participant ${name} missing`);
      continue;
    }
    score.participants.found += 1;
    if (found.turns === expected.turns) score.participants.turnsExact += 1;
    else note(`turns of ${name}: ${found.turns}, labelled ${expected.turns}`);
    if (found.interruptions === expected.interruptions) score.participants.interruptionsExact += 1;
    else note(`interruptions of ${name}: ${found.interruptions}, labelled ${expected.interruptions}`);
  }
  const roles = rolesOf(report);
  for (const [name, role] of Object.entries(labels.gdRoles ?? {})) {
    score.gdRoles.total += 1;
    if (roles[name]?.includes(role)) score.gdRoles.right += 1;
    else note(`role ${role} of ${name} not found`);
  }
  const facts = report.conversation?.facts ?? [];
  for (const label of labels.facts ?? []) {
    const found = facts.find((fact) => fact.segmentId === label.segment && fact.text.includes(label.quote));
    const kindMatters = label.kind === 'selection' || label.kind === 'advice';
    if (kindMatters) score.facts.selectionOrAdvice += 1;
    if (!found) {
      score.facts.fn += 1;
      note(`missed fact (${label.kind}) in ${label.segment}: 「${label.quote}」`);
      continue;
    }
    score.facts.tp += 1;
    if (kindMatters && found.kind === label.kind) score.facts.selectionOrAdviceFound += 1;
    else if (kindMatters) note(`fact in ${label.segment} 「${label.quote}」: ${found.kind}, labelled ${label.kind}`);
  }
  const flagged = improperOf(report);
  for (const label of labels.improper ?? []) {
    const found = flagged.find((item) => item.segmentId === label.segment);
    if (!found) {
      score.improper.fn += 1;
      note(`improper question not flagged: ${label.segment} (${label.category})`);
      continue;
    }
    score.improper.tp += 1;
    if (found.category === label.category) score.improper.categoryRight += 1;
    else note(`improper ${label.segment}: ${found.category}, labelled ${label.category}`);
  }
  for (const item of flagged) {
    if ((labels.improper ?? []).some((label) => label.segment === item.segmentId)) continue;
    score.improper.fp += 1;
    note(`flagged as improper but ordinary: ${item.segmentId} (${item.category})`);
  }
  return { score, report };
}

export interface ConversationTotals {
  conversations: number;
  questionF1: number;
  pairing: number;
  categories: number;
  categoryCount: number;
  followUpF1: number;
  ideasRecall: number;
  ideaCount: number;
  ideasUnlabelled: number;
  buildsOn: number;
  buildsOnWrong: number;
  participants: number;
  gdRoles: number;
  factsRecall: number;
  factCount: number;
  selectionAdviceKinds: number;
  improperPrecision: number;
  improperRecall: number;
  improperCount: number;
  improperFlagged: number;
}

const share = (good: number, total: number) => (total === 0 ? 1 : good / total);
const f1 = (c: Counts) => {
  const precision = share(c.tp, c.tp + c.fp);
  const recall = share(c.tp, c.tp + c.fn);
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
};
const add = (a: Counts, b: Counts): Counts => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn });

export function conversationTotals(scores: readonly ConversationScore[]): ConversationTotals {
  const zero = { tp: 0, fp: 0, fn: 0 };
  const questions = scores.reduce((sum, s) => add(sum, s.base.questions), zero);
  const followUps = scores.reduce((sum, s) => add(sum, s.base.followUps), zero);
  const improper = scores.reduce((sum, s) => add(sum, s.improper), zero);
  const total = (pick: (s: ConversationScore) => number) => scores.reduce((sum, s) => sum + pick(s), 0);
  const n = {
    pairs: total((s) => s.base.pairing.good),
    pairsAll: total((s) => s.base.pairing.total),
    categories: total((s) => s.base.categories.good),
    categoriesAll: total((s) => s.base.categories.total),
    ideas: total((s) => s.ideas.tp),
    ideasAll: total((s) => s.ideas.tp + s.ideas.fn),
    ideasUnlabelled: total((s) => s.ideas.fp),
    buildsWrong: total((s) => s.ideas.buildsOnWrong),
    builds: total((s) => s.ideas.buildsOnRight),
    buildsAll: total((s) => s.ideas.buildsOnTotal),
    people: total((s) => s.participants.found + s.participants.turnsExact + s.participants.interruptionsExact),
    peopleAll: total((s) => s.participants.total * 3),
    roles: total((s) => s.gdRoles.right),
    rolesAll: total((s) => s.gdRoles.total),
    facts: total((s) => s.facts.tp),
    factsAll: total((s) => s.facts.tp + s.facts.fn),
    kinds: total((s) => s.facts.selectionOrAdviceFound),
    kindsAll: total((s) => s.facts.selectionOrAdvice),
  };
  return {
    conversations: scores.length,
    questionF1: f1(questions),
    pairing: share(n.pairs, n.pairsAll),
    categories: share(n.categories, n.categoriesAll),
    categoryCount: n.categoriesAll,
    followUpF1: f1(followUps),
    ideasRecall: share(n.ideas, n.ideasAll),
    ideaCount: n.ideasAll,
    ideasUnlabelled: n.ideasUnlabelled,
    buildsOn: share(n.builds, n.buildsAll),
    buildsOnWrong: n.buildsWrong,
    participants: share(n.people, n.peopleAll),
    gdRoles: share(n.roles, n.rolesAll),
    factsRecall: share(n.facts, n.factsAll),
    factCount: n.factsAll,
    selectionAdviceKinds: share(n.kinds, n.kindsAll),
    improperPrecision: share(improper.tp, improper.tp + improper.fp),
    improperRecall: share(improper.tp, improper.tp + improper.fn),
    improperCount: improper.tp + improper.fn,
    improperFlagged: improper.tp + improper.fp,
  };
}

/** The figures of one half of the second set, one line per measure, for the eval script. */
export function describeTotals(name: string, t: ConversationTotals): string[] {
  const pct = (value: number) => `${(value * 100).toFixed(1)} %`;
  return [
    `${name} (${t.conversations} conversations, ${t.categoryCount} questions, ${t.ideaCount} GD ideas, ${t.factCount} OB/座談会 facts, ${t.improperCount} improper questions):`,
    `     question detection F1 ${pct(t.questionF1)}, pairing ${pct(t.pairing)}, follow-up linking F1 ${pct(t.followUpF1)}`,
    `     category accuracy ${pct(t.categories)}   (target ≥ 85 % held out)`,
    `     GD ideas recall ${pct(t.ideasRecall)}, builds-on named ${pct(t.buildsOn)}, participants (found, turns, interruptions) ${pct(t.participants)}, roles ${pct(t.gdRoles)}`,
    `     GD ideas found that no label names ${t.ideasUnlabelled}, builds-on given to an idea labelled as nobody's ${t.buildsOnWrong}`,
    `     OB/座談会 facts recall ${pct(t.factsRecall)}, selection/advice kind right ${pct(t.selectionAdviceKinds)}`,
    `     improper questions precision ${t.improperFlagged === 0 ? '— (none flagged)' : pct(t.improperPrecision)}, recall ${pct(t.improperRecall)}`,
  ];
}
