import { describe, expect, it } from 'vitest';
import { classifyQuestion } from '../../src/analysis/questions/question-classifier';
import { detectQuestion } from '../../src/analysis/questions/question-detector';
import type { QuestionCategory } from '../../src/index';

function classify(text: string, parent: QuestionCategory | null = null) {
  const detection = detectQuestion(text) ?? { cue: 'sentence_final' as const, evidence: '' };
  return classifyQuestion({ text, context: '', detection, parentCategory: parent }).category;
}

/** Fourth round of category cues: classes of question the cues and the model did not place (sentences of our own). */
describe('question categories, fourth round', () => {
  it.each([
    // Management beyond 部下・育成: appraising someone, bringing up juniors, the English word.
    ['メンバーの自己評価とあなたの評価が食い違ったときはどう伝えましたか。', 'management'],
    ['新人のメンターを任されたことはありますか。', 'management'],
    ['後輩の面倒を見る立場になったことってある？', 'management'],
    ['people management の経験はどのくらいありますか。', 'management'],
    // A clash with someone over how to do the work is teamwork, even when the work is technical.
    ['設計レビューで上司と進め方が食い違ったとき、どうしましたか。', 'teamwork'],
    ['営業方針が先輩とぶつかった経験はありますか。', 'teamwork'],
    // Pressure from a customer and how one feels right now are stress; a named topic beats the 〜たら form.
    ['取引先に怒鳴られたら、どうしますか。', 'stress'],
    ['ここまで厳しいことを言われて、いま、どんな気持ちですか。', 'stress'],
    // Casual words for a failure.
    ['アルバイトで一番しくじったことって何？', 'hardship'],
    // The activity and the role held is the ガクチカ.
    ['学生時代は部活の主将だったんですね。どんなことに取り組みましたか。', 'success'],
    // Another company could do the same: why this one, though 他社 is named.
    ['それって同業の他社でもできることじゃないですか。', 'motivation'],
    // Staying in the current company is the other side of the reason for leaving.
    ['今の職場に残って昇進を目指す道はなかったんですか。', 'reason_for_change'],
    // The floor left open at the end names no topic.
    ['最後に、言い残したことはありますか。', 'other'],
    ['面接の中で話しきれなかったことがあればどうぞ。', 'other'],
    // 挑戦したい (without して) is the career question as much as 挑戦してみたい.
    ['新しい職場ではどんな分野に挑戦したいと考えてます', 'career_plan'],
  ] as const)('「%s」 is %s', (text, category) => {
    expect(classify(text)).toBe(category);
  });

  it('a span of the past (「その一年で」) is no career plan; 「三年で」 ahead still is', () => {
    expect(classify('その一年で一番悔しかったことは。')).toBe('hardship');
    expect(classify('入社して三年で何を身につけたいですか。')).toBe('career_plan');
  });

  it('a want stated as a premise (「〜をやりたいなら」) is no career question: the drill-down keeps its topic', () => {
    expect(classify('海外営業をやりたいなら、今の会社で異動を願い出る手もありましたよね。', 'reason_for_change')).toBe(
      'reason_for_change',
    );
  });

  it('management named before a count makes the count a management question', () => {
    expect(classify('マネジメントについて伺います。部下は何人いますか。')).toBe('management');
  });
});
