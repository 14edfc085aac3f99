import { describe, expect, it } from 'vitest';
import { BLIND40_CONVERSATIONS_DIR, loadConversations } from './support/conversations';
import { CATEGORIES, describeLabelChecks, visitFactKinds } from './support/label-checks';

/**
 * The blind40 set only loads here (its first run through the analysis is the lead's). It runs the shared label
 * checks and the set checks of describeBlindSet (support/blind-set-checks.ts), but for the group discussions: this
 * set was asked for one discussion of five or six candidates with no moderator, not for two (see its README).
 */
const conversations = loadConversations(BLIND40_CONVERSATIONS_DIR);
const first = 491;
describeLabelChecks('blind40', conversations);

const questions = conversations.flatMap((c) => c.extra.questions);
const unpunctuated = (text: string): boolean => !/[。、？！?!]/.test(text);
const textOf = (id: string, segment: string): string =>
  conversations.find((c) => c.id === id)?.content.segments.find((s) => s.id === segment)?.text ?? '';

describe('blind40 as a set', () => {
  it(`holds twelve conversations, numbered ${first} to ${first + 11}`, () => {
    const numbers = Array.from({ length: 12 }, (_, index) => first + index);
    expect(conversations.map((c) => Number(/^c(\d+)/.exec(c.id)?.[1]))).toEqual(numbers);
  });

  it('asks over a hundred questions, every category at least four times and "other" seldom', () => {
    expect(questions.length).toBeGreaterThanOrEqual(100);
    for (const category of CATEGORIES) {
      expect(questions.filter((q) => q.category === category).length, category).toBeGreaterThanOrEqual(4);
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

  it('holds at least seven conversations without punctuation, as some ASR output is', () => {
    const asr = conversations.filter((c) => c.content.segments.every((s) => unpunctuated(s.text)));
    expect(asr.length).toBeGreaterThanOrEqual(7);
  });

  it('holds one discussion of five or six candidates with no moderator', () => {
    const discussions = conversations.filter((c) => c.eventType === 'group_discussion');
    expect(discussions).toHaveLength(1);
    for (const c of discussions) {
      expect([5, 6]).toContain(Object.keys(c.extra.participants ?? {}).length);
      expect(Object.values(c.extra.gdRoles ?? {})).not.toContain('司会');
      const ideas = c.extra.ideas ?? [];
      expect(ideas.length, c.id).toBeGreaterThanOrEqual(5);
      expect(
        ideas.some((idea) => idea.buildsOn),
        `${c.id}: an idea building on another's`,
      ).toBe(true);
      for (const idea of ideas) expect(idea.buildsOn, idea.segment).not.toBe(idea.speaker);
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
