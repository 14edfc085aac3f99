import { describe, expect, it } from 'vitest';
import type { QuestionCategory } from '../../src/analysis/categories';
import { classifyQuestion } from '../../src/analysis/questions/question-classifier';
import { detectQuestion } from '../../src/analysis/questions/question-detector';

function classify(text: string, parent: QuestionCategory | null = null) {
  const detection = detectQuestion(text) ?? { cue: 'sentence_final' as const, evidence: '' };
  return classifyQuestion({ text, context: '', detection, parentCategory: parent });
}

describe('the category model as evidence', () => {
  it.each([
    ['あなたの持ち味はどこにあると思いますか', 'strengths'],
    ['ほかの選考の進み具合はいかがですか', 'job_search'],
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

  it('leaves a drill-down to its parent topic', () => {
    const decision = classify('そのときはどう過ごしてたの？', 'hardship');
    expect(decision.category).toBe('hardship');
    expect(decision.evidence.some((item) => item.kind === 'model')).toBe(false);
  });

  it('lets a drill-down take another topic only when the model is very sure of it (fourth round)', () => {
    const decision = classify('大きい組織に移りたい理由っていうのは', 'motivation');
    expect(decision.category).toBe('reason_for_change');
    expect(decision.evidence.some((item) => item.kind === 'model')).toBe(true);
  });
});
