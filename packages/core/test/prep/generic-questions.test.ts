import { describe, expect, it } from 'vitest';
import { QUESTION_CATEGORIES } from '../../src/analysis/categories';
import { genericQuestionsOf } from '../../src/prep';

describe('the generic questions of a kind', () => {
  it('gathers every round’s common questions of the kind, each wording once', () => {
    const motivation = genericQuestionsOf('motivation').map((q) => q.ja);
    expect(motivation).toEqual([
      '当社の志望動機を教えてください。',
      '改めて、なぜ同業他社ではなく当社を志望するのですか。当社でなければならない理由を教えてください。',
    ]);
    expect(genericQuestionsOf('success').map((q) => q.ja)).toContain('学生時代に力を入れたことを教えてください。');
  });

  it('has questions for the kinds the round lists leave out, in both languages', () => {
    for (const kind of ['weaknesses', 'stress', 'hypothetical', 'management']) {
      const questions = genericQuestionsOf(kind);
      expect(questions.length, kind).toBeGreaterThan(0);
      for (const q of questions) expect(q.en.length, kind).toBeGreaterThan(0);
    }
  });

  it('has none for a fact check or "other", which have no generic form', () => {
    const without = QUESTION_CATEGORIES.filter((kind) => genericQuestionsOf(kind).length === 0);
    expect(without).toEqual(['fact', 'other']);
  });
});
