import { describe, expect, it } from 'vitest';
import type { LabelledConversation } from './conversations';

/**
 * Load-only consistency checks of a blind labelled set: the labels must agree with the turns (segments that
 * exist, spoken by the right side, quotes that occur, counts that match) — the set is never run through the
 * analysis here, its first run is the lead's. Taxonomy and matters as listed in
 * packages/core/test/fixtures/conversations/README.md.
 */
export const CATEGORIES = new Set(
  'self_introduction motivation reason_for_change strengths weaknesses success hardship teamwork career_plan values stress job_search hypothetical management technical conditions reverse_question_prompt fact other'.split(
    ' ',
  ),
);
const MATTERS = new Set(
  'birthplace family housing environment religion politics beliefs respected_person thought union reading marriage_childbirth'.split(
    ' ',
  ),
);
const FACT_KINDS = new Set(['number', 'culture', 'work', 'selection', 'advice']);
const COMPANY_SIDE = new Set(['interviewer', 'moderator']);

function segmentOf(conversation: LabelledConversation, id: string) {
  const segment = conversation.content.segments.find((s) => s.id === id);
  if (!segment) throw new Error(`${conversation.id}: no ${id}`);
  return segment;
}

function roleOf(conversation: LabelledConversation, id: string): string {
  const speaker = segmentOf(conversation, id).speaker;
  return conversation.content.speakers.find((s) => s.key === speaker)?.role ?? 'unknown';
}

/** seg-N is the N-th turn: the order of two segments. */
const indexOf = (id: string): number => Number(id.replace('seg-', ''));

export function describeLabelChecks(name: string, conversations: LabelledConversation[]): void {
  describe(`${name} labelled conversations`, () => {
    it('hold at least ten conversations of every kind of event but practice', () => {
      expect(conversations.length).toBeGreaterThanOrEqual(10);
      const kinds = new Set(conversations.map((c) => c.eventType));
      for (const kind of ['interview', 'ob_og_visit', 'roundtable', 'group_interview', 'group_discussion'] as const) {
        expect(kinds).toContain(kind);
      }
    });
  });
  describeConversationChecks(name, conversations);
}

/**
 * The checks of every conversation on its own (a set of one kind, such as the GD-only tuning3 and heldout3, runs
 * only these): labels against the turns.
 */
export function describeConversationChecks(name: string, conversations: LabelledConversation[]): void {
  describe(`${name} labels against the turns`, () => {
    it.each(conversations.map((c) => [c.id, c] as const))(
      '%s: questions and answers point at the right side',
      (_, c) => {
        const questionIds = new Set(c.extra.questions.map((q) => q.segment));
        for (const q of c.extra.questions) {
          expect(CATEGORIES, q.segment).toContain(q.category);
          expect(COMPANY_SIDE, q.segment).toContain(roleOf(c, q.segment));
          for (const answer of q.answer ?? []) expect(roleOf(c, answer), answer).toBe('me');
          if (q.followUpOf) expect(questionIds, q.segment).toContain(q.followUpOf);
        }
        const reverseIds = new Set((c.extra.reverseQuestions ?? []).map((r) => r.segment));
        // Only the invitation to ask is answered by my questions; other answers are not questions of mine.
        for (const q of c.extra.questions.filter((q) => q.category !== 'reverse_question_prompt')) {
          for (const answer of q.answer ?? [])
            expect(reverseIds, `${q.segment} answered by a question`).not.toContain(answer);
        }
        for (const r of c.extra.reverseQuestions ?? []) {
          expect(roleOf(c, r.segment), r.segment).toBe('me');
          for (const answer of r.answer) expect(COMPANY_SIDE, answer).toContain(roleOf(c, answer));
        }
        for (const improper of c.extra.improper ?? []) {
          expect(MATTERS, improper.segment).toContain(improper.category);
          expect(questionIds, improper.segment).toContain(improper.segment);
        }
      },
    );

    it.each(conversations.map((c) => [c.id, c] as const))('%s: answers and drill-downs come after', (_, c) => {
      for (const q of c.extra.questions) {
        for (const answer of q.answer ?? []) expect(indexOf(answer), answer).toBeGreaterThan(indexOf(q.segment));
        if (q.followUpOf) expect(indexOf(q.followUpOf), q.segment).toBeLessThan(indexOf(q.segment));
      }
      for (const r of c.extra.reverseQuestions ?? []) {
        for (const answer of r.answer) expect(indexOf(answer), answer).toBeGreaterThan(indexOf(r.segment));
      }
    });

    it.each(conversations.map((c) => [c.id, c] as const))(
      '%s: ideas, participants and facts match the turns',
      (_, c) => {
        for (const idea of c.extra.ideas ?? []) {
          const segment = segmentOf(c, idea.segment);
          expect(segment.speaker, idea.segment).toBe(idea.speaker);
          expect(segment.text, idea.segment).toContain(idea.quote);
          if (idea.buildsOn) expect(Object.keys(c.extra.participants ?? {})).toContain(idea.buildsOn);
        }
        const candidates = c.content.speakers
          .filter((s) => s.role === 'me' || s.role === 'candidate')
          .map((s) => s.key);
        if (c.eventType === 'group_discussion')
          expect(Object.keys(c.extra.participants ?? {}).sort()).toEqual(candidates.sort());
        const segments = c.content.segments;
        for (const [speaker, { turns, interruptions }] of Object.entries(c.extra.participants ?? {})) {
          expect(segments.filter((s) => s.speaker === speaker).length, speaker).toBe(turns);
          // An interruption starts before the previous turn ended (the loader's timing of overlapMs).
          const overlapping = segments.filter(
            (s, i) => s.speaker === speaker && s.startMs < (segments[i - 1]?.endMs ?? Number.NEGATIVE_INFINITY),
          );
          expect(overlapping.length, `${speaker} interruptions`).toBe(interruptions);
        }
        for (const [speaker] of Object.entries(c.extra.gdRoles ?? {})) expect(candidates, speaker).toContain(speaker);
        for (const fact of c.extra.facts ?? []) {
          expect(FACT_KINDS, fact.segment).toContain(fact.kind);
          expect(COMPANY_SIDE, fact.segment).toContain(roleOf(c, fact.segment));
          expect(segmentOf(c, fact.segment).text, fact.segment).toContain(fact.quote);
        }
      },
    );
  });
}

/** The kinds of fact labelled in OB/OG visits and 座談会, sorted: a set must hold every kind. */
export function visitFactKinds(conversations: LabelledConversation[]): string[] {
  const kinds = new Set(
    conversations
      .filter((c) => c.eventType === 'ob_og_visit' || c.eventType === 'roundtable')
      .flatMap((c) => (c.extra.facts ?? []).map((f) => f.kind)),
  );
  return [...kinds].sort();
}

/**
 * A group discussion written for the builds-on rules: at least `minIdeas` ideas, `minBuilds` of them on someone
 * else's (never one's own), two ideas in one turn and an interruption. Returns the ideas for further checks.
 */
export function expectDiscussionShape(
  c: LabelledConversation,
  minIdeas: number,
  minBuilds: number,
): NonNullable<LabelledConversation['extra']['ideas']> {
  const ideas = c.extra.ideas ?? [];
  expect(ideas.length).toBeGreaterThanOrEqual(minIdeas);
  expect(ideas.filter((idea) => idea.buildsOn).length).toBeGreaterThanOrEqual(minBuilds);
  for (const idea of ideas) expect(idea.buildsOn, idea.segment).not.toBe(idea.speaker);
  const perSegment = new Map<string, number>();
  for (const idea of ideas) perSegment.set(idea.segment, (perSegment.get(idea.segment) ?? 0) + 1);
  expect(Math.max(...perSegment.values())).toBeGreaterThanOrEqual(2);
  const interruptions = Object.values(c.extra.participants ?? {}).reduce((n, p) => n + p.interruptions, 0);
  expect(interruptions).toBeGreaterThanOrEqual(1);
  return ideas;
}
