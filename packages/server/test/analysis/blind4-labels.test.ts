import { describe, expect, it } from 'vitest';
import { BLIND4_CONVERSATIONS_DIR, loadConversations } from './support/conversations';
import { CATEGORIES, describeLabelChecks, visitFactKinds } from './support/label-checks';

/**
 * The blind4 set only loads here (its first run through the analysis is the lead's): the labels are checked
 * against the turns, and the set against what issue #16 asks of it — every category several times, drill-downs,
 * conversations without punctuation, group discussions of 4 and 6 with a candidate moderating one, improper
 * questions among ordinary ones.
 */
const conversations = loadConversations(BLIND4_CONVERSATIONS_DIR);
describeLabelChecks('blind4', conversations);

const questions = conversations.flatMap((c) => c.extra.questions);
const unpunctuated = (text: string): boolean => !/[。、？！?!]/.test(text);

describe('blind4 as a set', () => {
  it('asks about a hundred questions, every category several times and "other" seldom', () => {
    expect(questions.length).toBeGreaterThanOrEqual(100);
    for (const category of CATEGORIES) {
      expect(questions.filter((q) => q.category === category).length, category).toBeGreaterThanOrEqual(3);
    }
    expect(questions.filter((q) => q.category === 'other').length).toBeLessThanOrEqual(questions.length * 0.1);
    expect(questions.filter((q) => q.followUpOf).length).toBeGreaterThanOrEqual(questions.length * 0.2);
  });

  it('holds at least five conversations without punctuation, as some ASR output is', () => {
    const asr = conversations.filter((c) => c.content.segments.every((s) => unpunctuated(s.text)));
    expect(asr.length).toBeGreaterThanOrEqual(5);
  });

  it('holds discussions of four and of six candidates, one moderated by a candidate', () => {
    const discussions = conversations.filter((c) => c.eventType === 'group_discussion');
    const sizes = discussions.map((c) => Object.keys(c.extra.participants ?? {}).length).sort();
    expect(sizes).toEqual([4, 6]);
    expect(discussions.some((c) => Object.values(c.extra.gdRoles ?? {}).includes('司会'))).toBe(true);
    for (const c of discussions) expect(c.extra.ideas?.length ?? 0, c.id).toBeGreaterThanOrEqual(5);
  });

  it('holds an interview with one to three improper questions among ordinary ones', () => {
    const interviews = conversations.filter((c) => c.eventType === 'interview');
    const withImproper = interviews.filter((c) => (c.extra.improper?.length ?? 0) > 0);
    expect(withImproper.length).toBeGreaterThanOrEqual(1);
    for (const c of withImproper) {
      expect(c.extra.improper?.length, c.id).toBeLessThanOrEqual(3);
      expect(c.extra.questions.length, c.id).toBeGreaterThan(3 * (c.extra.improper?.length ?? 0));
    }
  });

  it('labels facts of OB/OG visits and 座談会, the selection process and advice included', () => {
    expect(visitFactKinds(conversations)).toEqual(['advice', 'culture', 'number', 'selection', 'work']);
  });
});
