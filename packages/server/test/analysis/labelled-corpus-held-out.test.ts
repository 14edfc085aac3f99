import { describe, expect, it } from 'vitest';
import { normaliseForModel, splitParentTopic } from '../../../core/src/analysis/questions/category-model';
import { LABELLED_CONVERSATIONS } from '../../../core/src/analysis/questions/corpus/labelled-conversations';
import { HELD_OUT_CONVERSATION_DIRS, loadConversations } from './support/conversations';

/**
 * The category model learns from the labelled conversations the rules were tuned on; the held-out sets measure
 * wording nobody tuned on only as long as not one of their questions is in what it learns from.
 */
describe('the labelled training questions', () => {
  const training = Object.values(LABELLED_CONVERSATIONS).flatMap((list) =>
    [...(list ?? [])].map((text) => normaliseForModel(splitParentTopic(text).wording)),
  );
  const heldOut = HELD_OUT_CONVERSATION_DIRS.flatMap((dir) =>
    loadConversations(dir).flatMap((c) => c.content.segments.map((s) => normaliseForModel(s.text))),
  );

  it('are several hundred, from the seen sets', () => {
    expect(training.length).toBeGreaterThan(300);
  });

  it('hold nothing of a held-out set (HELD_OUT_CONVERSATION_DIRS), not even inside a longer turn', () => {
    expect(heldOut.length).toBeGreaterThan(300);
    const found = training.filter((text) => text.length >= 6 && heldOut.some((turn) => turn.includes(text)));
    expect(found).toEqual([]);
  });
});
