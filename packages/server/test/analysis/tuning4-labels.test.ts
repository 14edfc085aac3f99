import { describe, expect, it } from 'vitest';
import { type LabelledConversation, loadConversations, TUNING4_DIR } from './support/conversations';
import { describeConversationChecks, expectDiscussionShape, visitFactKinds } from './support/label-checks';

/**
 * tuning4 (packages/core/test/fixtures/conversations/tuning4, see its README): five group discussions and three
 * OB/OG visits and 座談会, written blind as tuning data for the GD builds-on and the OB/座談会 fact rules. Here they
 * are only loaded and their labels checked against the turns and against what the set was written to hold.
 */
const conversations = loadConversations(TUNING4_DIR);
const numberOf = (c: LabelledConversation): number => Number(/^c(\d+)/.exec(c.id)?.[1]);
const unpunctuated = (c: LabelledConversation): boolean =>
  c.content.segments.every((s) => !/[。、？！?!]/.test(s.text));
const discussions = conversations.filter((c) => c.eventType === 'group_discussion');
const visits = conversations.filter((c) => c.eventType === 'ob_og_visit' || c.eventType === 'roundtable');

describeConversationChecks('tuning4', conversations);

describe('tuning4 as a set', () => {
  it('holds eight conversations numbered 135 to 142: five discussions of 4, 5, 5, 6 and 6, three OB/座談会', () => {
    expect(conversations.map(numberOf)).toEqual([135, 136, 137, 138, 139, 140, 141, 142]);
    expect(discussions.map(numberOf)).toEqual([135, 136, 137, 138, 139]);
    const sizes = discussions.map((c) => Object.keys(c.extra.participants ?? {}).length).sort();
    expect(sizes).toEqual([4, 5, 5, 6, 6]);
    expect(visits.map((c) => c.eventType).sort()).toEqual(['ob_og_visit', 'ob_og_visit', 'roundtable']);
  });

  it('has three discussions and one visit without punctuation', () => {
    expect(discussions.filter(unpunctuated).length).toBe(3);
    expect(visits.filter(unpunctuated).length).toBe(1);
  });

  it.each(discussions.map((c) => [c.id, c] as const))(
    '%s: 6–9 ideas, 3–4 on someone else’s, two in a turn, an interruption, a theme and a call to present',
    (_, c) => {
      const ideas = expectDiscussionShape(c, 6, 3);
      expect(ideas.length).toBeLessThanOrEqual(9);
      expect(ideas.filter((idea) => idea.buildsOn).length).toBeLessThanOrEqual(4);
      // The theme (no answer) and the call for the presentation, both from the interviewer.
      expect(c.extra.questions.map((q) => q.answer === null)).toEqual([true, false]);
      expect(c.extra.questions.every((q) => q.category === 'other')).toBe(true);
    },
  );

  it('names at least fifteen ideas building on another’s, and roles in every discussion', () => {
    const builds = discussions.flatMap((c) => (c.extra.ideas ?? []).filter((idea) => idea.buildsOn));
    expect(builds.length).toBeGreaterThanOrEqual(15);
    for (const c of discussions) expect(Object.keys(c.extra.gdRoles ?? {}).length, c.id).toBeGreaterThanOrEqual(1);
    const moderated = discussions.filter((c) => Object.values(c.extra.gdRoles ?? {}).includes('司会'));
    expect(moderated.length).toBe(4);
  });

  it('keeps 15–25 facts of every kind from the company side, with reverse questions in every visit', () => {
    const facts = visits.flatMap((c) => c.extra.facts ?? []);
    expect(facts.length).toBeGreaterThanOrEqual(15);
    expect(facts.length).toBeLessThanOrEqual(25);
    expect(visitFactKinds(conversations)).toEqual(['advice', 'culture', 'number', 'selection', 'work']);
    for (const c of visits) {
      expect((c.extra.reverseQuestions ?? []).length, c.id).toBeGreaterThanOrEqual(2);
      expect(c.extra.questions.length, c.id).toBeGreaterThanOrEqual(1);
    }
  });
});
