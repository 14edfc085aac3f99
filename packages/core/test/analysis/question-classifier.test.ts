import { describe, expect, it } from 'vitest';
import { classifyQuestion } from '../../src/analysis/questions/question-classifier';
import { detectQuestion } from '../../src/analysis/questions/question-detector';
import type { QuestionCategory } from '../../src/index';

function classify(text: string, parent: QuestionCategory | null = null, context = '') {
  const detection = detectQuestion(text) ?? { cue: 'sentence_final' as const, evidence: '' };
  return classifyQuestion({ text, context, detection, parentCategory: parent });
}

describe('question categories, with the reason kept', () => {
  it.each([
    ['簡単に自己紹介をお願いします。', 'self_introduction'],
    ['当社を志望した理由を教えてください。', 'motivation'],
    ['転職を考えたきっかけは何でしょうか。', 'reason_for_change'],
    ['あなたの強みは何ですか。', 'strengths'],
    ['短所を教えてください。', 'weaknesses'],
    ['学生時代に力を入れたことは何ですか。', 'success'],
    ['これまでで一番苦労したことは何ですか。', 'hardship'],
    ['チームで意見が対立したときはどうしましたか。', 'teamwork'],
    ['五年後、どのようになっていたいですか。', 'career_plan'],
    ['テストはどのように書いていますか。', 'technical'],
    ['希望の年収はどのくらいでしょうか。', 'conditions'],
    ['最後に、何か質問はありますか。', 'reverse_question_prompt'],
    ['チームは何名くらいでしたか。', 'fact'],
    ['当社以外に、どこを受けていますか。', 'other'],
  ] as const)('「%s」 → %s', (text, category) => {
    const decision = classify(text);
    expect(decision.category).toBe(category);
    expect(decision.reason.ja.length).toBeGreaterThan(0);
    expect(decision.reason.en.length).toBeGreaterThan(0);
  });

  it('names the keyword that decided it', () => {
    const decision = classify('これまでで一番苦労したことは何ですか。');
    expect(decision.evidence.map((e) => e.text)).toContain('苦労');
    expect(decision.reason.ja).toContain('「苦労」');
  });

  it('a follow-up without a topic word of its own keeps its parent topic', () => {
    const decision = classify('五件しかないと分かった時、どう思いました？', 'hardship');
    expect(decision.category).toBe('hardship');
    expect(decision.evidence.some((e) => e.kind === 'follow_up')).toBe(true);
  });

  it('a closed yes/no follow-up is a fact question, an invitation to tell an episode is not', () => {
    expect(classify('その判断は、あなたが言い出したんですか。', 'hardship').category).toBe('fact');
    expect(classify('具体的なエピソードはありますか。', 'strengths').category).toBe('strengths');
  });

  it('a topic word outweighs a quantity word, and a quantity alone makes a fact question', () => {
    expect(classify('希望の年収はどのくらいでしょうか。').category).toBe('conditions');
    expect(classify('売上はどのくらいだったんですか。', 'success').category).toBe('fact');
  });

  it('a topical 気になっていること is that topic, a bare one is the invitation to ask', () => {
    expect(classify('働き方で何か気になってることってあります？').category).toBe('conditions');
    expect(classify('何か当社について気になってることはある？').category).toBe('reverse_question_prompt');
  });
});
