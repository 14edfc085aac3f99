import { describe, expect, it } from 'vitest';
import type { LabelledConversation } from './conversations';
import { CATEGORIES, describeLabelChecks, visitFactKinds } from './label-checks';

/**
 * A blind set of twelve conversations as it was written to be (blind5 onwards): the labels checked against the
 * turns, and the set against what it holds — every category several times, drill-downs (elliptical ones too),
 * conversations without punctuation, group discussions of 4 and of 5–6 with a candidate moderating one, three to
 * five improper questions among ordinary ones, and OB/座談会 facts of every kind. A set asked for one discussion of five
 * or six with no moderator (blind40) says so with `oneUnmoderatedDiscussion`.
 */
export function describeBlindSet(
  name: string,
  conversations: LabelledConversation[],
  first: number,
  options: { oneUnmoderatedDiscussion?: boolean } = {},
): void {
  describeLabelChecks(name, conversations);
  const questions = conversations.flatMap((c) => c.extra.questions);
  const unpunctuated = (text: string): boolean => !/[。、？！?!]/.test(text);
  const textOf = (id: string, segment: string): string =>
    conversations.find((c) => c.id === id)?.content.segments.find((s) => s.id === segment)?.text ?? '';

  describe(`${name} as a set`, () => {
    it(`holds twelve conversations, numbered ${first} to ${first + 11}`, () => {
      const numbers = Array.from({ length: 12 }, (_, index) => first + index);
      expect(conversations.map((c) => Number(/^c(\d+)/.exec(c.id)?.[1]))).toEqual(numbers);
    });

    it('asks about a hundred questions, every category at least three times and "other" seldom', () => {
      expect(questions.length).toBeGreaterThanOrEqual(100);
      for (const category of CATEGORIES) {
        expect(questions.filter((q) => q.category === category).length, category).toBeGreaterThanOrEqual(3);
      }
      expect(questions.filter((q) => q.category === 'other').length).toBeLessThanOrEqual(questions.length * 0.1);
    });

    it('drills down often, sometimes with an elliptical question of a few characters', () => {
      expect(questions.filter((q) => q.followUpOf).length).toBeGreaterThanOrEqual(questions.length * 0.2);
      const elliptical = conversations.flatMap((c) =>
        c.extra.questions.filter((q) => q.followUpOf && textOf(c.id, q.segment).length <= 10),
      );
      expect(elliptical.length).toBeGreaterThanOrEqual(3);
    });

    it('holds at least five conversations without punctuation, as some ASR output is', () => {
      const asr = conversations.filter((c) => c.content.segments.every((s) => unpunctuated(s.text)));
      expect(asr.length).toBeGreaterThanOrEqual(5);
    });

    it('holds discussions of four and of five or six candidates, one moderated by a candidate (or as asked)', () => {
      const discussions = conversations.filter((c) => c.eventType === 'group_discussion');
      const sizes = discussions.map((c) => Object.keys(c.extra.participants ?? {}).length).sort();
      const moderated = discussions.some((c) => Object.values(c.extra.gdRoles ?? {}).includes('司会'));
      if (options.oneUnmoderatedDiscussion) {
        expect(sizes).toHaveLength(1);
        expect([5, 6]).toContain(sizes[0]);
        expect(moderated).toBe(false);
      } else {
        expect(sizes).toHaveLength(2);
        expect(sizes[0]).toBe(4);
        expect([5, 6]).toContain(sizes[1]);
        expect(moderated).toBe(true);
      }
      for (const c of discussions) {
        const ideas = c.extra.ideas ?? [];
        expect(ideas.length, c.id).toBeGreaterThanOrEqual(5);
        expect(
          ideas.some((idea) => idea.buildsOn),
          `${c.id}: an idea building on another's`,
        ).toBe(true);
        const perSegment = new Map<string, number>();
        for (const idea of ideas) perSegment.set(idea.segment, (perSegment.get(idea.segment) ?? 0) + 1);
        expect(Math.max(...perSegment.values()), `${c.id}: two ideas in one turn`).toBeGreaterThanOrEqual(2);
        const interruptions = Object.values(c.extra.participants ?? {}).reduce((n, p) => n + p.interruptions, 0);
        expect(interruptions, `${c.id}: an interruption`).toBeGreaterThanOrEqual(1);
      }
    });

    it('holds three to five improper questions, at most three in an interview among many ordinary ones', () => {
      const improper = conversations.flatMap((c) => c.extra.improper ?? []);
      expect(improper.length).toBeGreaterThanOrEqual(3);
      expect(improper.length).toBeLessThanOrEqual(5);
      for (const c of conversations.filter((c) => (c.extra.improper?.length ?? 0) > 0)) {
        expect(c.eventType, c.id).toBe('interview');
        expect(c.extra.improper?.length, c.id).toBeLessThanOrEqual(3);
        expect(c.extra.questions.length, c.id).toBeGreaterThan(3 * (c.extra.improper?.length ?? 0));
      }
    });

    it('labels facts of OB/OG visits and 座談会, the selection process and advice included', () => {
      expect(visitFactKinds(conversations)).toEqual(['advice', 'culture', 'number', 'selection', 'work']);
    });
  });
}
