import { describe, expect, it } from 'vitest';
import type { QuestionCategory } from '../../src/analysis/categories';
import { withParentTopic } from '../../src/analysis/questions/category-model';
import { classifyQuestion } from '../../src/analysis/questions/question-classifier';
import { detectQuestion } from '../../src/analysis/questions/question-detector';

function classify(text: string, parent: QuestionCategory | null = null) {
  const detection = detectQuestion(text) ?? { cue: 'sentence_final' as const, evidence: '' };
  return classifyQuestion({ text, context: '', detection, parentCategory: parent });
}

describe('the category model as evidence', () => {
  it.each([
    ['人より秀でているところはどこだと思いますか', 'strengths'],
    ['並行して動いているところはありますか', 'job_search'],
  ] as const)('decides 「%s」, whose wording no rule names, as %s', (text, category) => {
    const decision = classify(text);
    expect(decision.category).toBe(category);
    expect(decision.evidence.some((item) => item.kind === 'model')).toBe(true);
    expect(decision.reason.ja).toContain('統計モデル');
  });

  it('stays silent where the rules have a strong cue', () => {
    const decision = classify('志望動機を教えてください。');
    expect(decision.category).toBe('motivation');
    expect(decision.evidence.some((item) => item.kind === 'model')).toBe(false);
  });

  it("keeps a drill-down on its parent's topic when the model, reading that topic too, names no other", () => {
    const decision = classify('そのときはどう過ごしてたの？', 'hardship');
    expect(decision.category).toBe('hardship');
    // The evidence listed is the chosen topic's: the parent's, which the model (if it speaks) only confirms.
    expect(decision.evidence.some((item) => item.kind === 'follow_up')).toBe(true);
  });

  it("gives the model a drill-down's wording with its parent's topic, and a question's alone", () => {
    const read: string[] = [];
    const scores = (text: string) => {
      read.push(text);
      return [{ category: 'stress' as const, probability: 0.9 }];
    };
    const text = 'そのときはどう過ごしてたの？';
    const detection = detectQuestion(text) ?? { cue: 'sentence_final' as const, evidence: '' };
    classifyQuestion({ text, context: '', detection, parentCategory: 'hardship', modelScores: scores });
    classifyQuestion({ text, context: '', detection, parentCategory: null, modelScores: scores });
    expect(read).toEqual([withParentTopic('hardship', text), text]);
  });

  // The threshold itself, with the model's answer fixed: the shared model's figure for one wording moves each time
  // its training data grows, the rule does not.
  it('lets a drill-down take another topic only when the model is sure of it (0.4 since the thirteenth round)', () => {
    const text = '大きい組織のほうが合うと感じたのは';
    const detection = detectQuestion(text) ?? { cue: 'sentence_final' as const, evidence: '' };
    const sure = (probability: number) => () => [
      { category: 'reason_for_change' as const, probability },
      { category: 'motivation' as const, probability: 1 - probability },
    ];
    const input = { text, context: '', detection, parentCategory: 'motivation' as const };
    const verySure = classifyQuestion({ ...input, modelScores: sure(0.9) });
    expect(verySure.category).toBe('reason_for_change');
    expect(verySure.evidence.some((item) => item.kind === 'model')).toBe(true);
    const sureEnough = classifyQuestion({ ...input, modelScores: sure(0.45) });
    expect(sureEnough.category).toBe('reason_for_change');
    const unsure = classifyQuestion({ ...input, modelScores: sure(0.35) });
    expect(unsure.category).toBe('motivation');
    expect(unsure.evidence.some((item) => item.kind === 'model')).toBe(false);
  });

  it('keeps 0.5 for a yes/no check after a self-introduction, which it reads without a parent topic', () => {
    const text = 'それで売上の数字は変わりました？';
    const detection = detectQuestion(text) ?? { cue: 'sentence_final' as const, evidence: '' };
    const sure = (probability: number) => () => [
      { category: 'success' as const, probability },
      { category: 'fact' as const, probability: 1 - probability },
    ];
    const input = { text, context: '', detection, parentCategory: 'self_introduction' as const };
    expect(classifyQuestion({ ...input, modelScores: sure(0.45) }).category).toBe('fact');
    expect(classifyQuestion({ ...input, modelScores: sure(0.9) }).category).toBe('success');
  });
});
