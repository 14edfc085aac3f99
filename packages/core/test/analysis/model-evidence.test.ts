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

  it('leaves a drill-down to its parent topic', () => {
    const decision = classify('そのときはどう過ごしてたの？', 'hardship');
    expect(decision.category).toBe('hardship');
    expect(decision.evidence.some((item) => item.kind === 'model')).toBe(false);
  });

  // The threshold itself, with the model's answer fixed: the shared model's figure for one wording moves each time
  // its training data grows, the rule does not.
  it('lets a drill-down take another topic only when the model is sure of it (0.5 since the twelfth round)', () => {
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
    const sureEnough = classifyQuestion({ ...input, modelScores: sure(0.55) });
    expect(sureEnough.category).toBe('reason_for_change');
    const unsure = classifyQuestion({ ...input, modelScores: sure(0.45) });
    expect(unsure.category).toBe('motivation');
    expect(unsure.evidence.some((item) => item.kind === 'model')).toBe(false);
  });
});
