import { describe, expect, it } from 'vitest';
import { HELDOUT3_DIR, type LabelledConversation, loadConversations, TUNING3_DIR } from './support/conversations';
import { describeConversationChecks, expectDiscussionShape } from './support/label-checks';

/**
 * tuning3 and heldout3 (group discussions only) load here: their labels are checked against the turns and each
 * half against what it was written to hold — discussions of four, five and six candidates, ideas building on
 * another's, two ideas in one turn, an interruption, and speech without punctuation. The analysis itself runs
 * in `npm run eval:analysis`, where heldout3 is reported on its own.
 */
const tuning = loadConversations(TUNING3_DIR);
const heldout = loadConversations(HELDOUT3_DIR);
const unpunctuated = (c: LabelledConversation): boolean =>
  c.content.segments.every((s) => !/[。、？！?!]/.test(s.text));

for (const [name, conversations, first] of [
  ['tuning3', tuning, 81],
  ['heldout3', heldout, 84],
] as const) {
  describeConversationChecks(name, conversations);

  describe(`${name} as a set`, () => {
    it(`holds three discussions, numbered from ${first}, of four, five and six candidates`, () => {
      expect(conversations.map((c) => Number(c.id.slice(3, 5)))).toEqual([first, first + 1, first + 2]);
      expect(conversations.every((c) => c.eventType === 'group_discussion')).toBe(true);
      const sizes = conversations.map((c) => Object.keys(c.extra.participants ?? {}).length).sort();
      expect(sizes).toEqual([4, 5, 6]);
    });

    it.each(conversations.map((c) => [c.id, c] as const))(
      '%s: ideas build on others, two share a turn, someone interrupts',
      (_, c) => {
        expectDiscussionShape(c, 6, 3);
      },
    );
  });
}

describe('tuning3 and heldout3 together', () => {
  it('hold at least three discussions without punctuation, as some ASR output is, in both halves', () => {
    const all = [...tuning, ...heldout];
    expect(all.filter(unpunctuated).length).toBeGreaterThanOrEqual(3);
    expect(tuning.some(unpunctuated) && heldout.some(unpunctuated)).toBe(true);
  });
});
