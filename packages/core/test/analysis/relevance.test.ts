import { describe, expect, it } from 'vitest';
import { judgeRelevance } from '../../src/analysis/relevance/relevance';
import type { QuestionCategory } from '../../src/index';
import { roughMorphemes } from './support';

function judge(
  category: QuestionCategory,
  answerText: string,
  options: { isFollowUp?: boolean; questionWords?: string[] } = {},
) {
  return judgeRelevance({
    category,
    isFollowUp: options.isFollowUp ?? false,
    questionWords: options.questionWords ?? [],
    answerText,
    answerWords: [],
    answerMorphemes: roughMorphemes(answerText),
  });
}

describe('does the answer address the question?', () => {
  it('flags strengths told for a hardship, and says why with the words', () => {
    const result = judge(
      'hardship',
      '私の強みはコミュニケーション能力だと思っております。周りからも話しやすいと言われます。',
    );
    expect(result.flags).toEqual(['off_topic']);
    expect(result.answeredInstead).toBe('strengths');
    expect(result.reason.ja).toContain('「強み」');
    expect(result.reason.ja).toContain('苦労・失敗経験');
    expect(result.score).toBeLessThan(0.3);
  });

  it('does not flag an answer that names the asked topic, even with other topics in it', () => {
    const result = judge(
      'hardship',
      '一番苦労したのは移行です。この経験から、粘り強さが私の強みになりました。三か月で終えました。',
    );
    expect(result.flags).toEqual([]);
    expect(result.evidence).toContain('苦労');
  });

  it('reads negation: "特に大きな失敗はないのですが" followed by a victory is not about a failure', () => {
    expect(judge('hardship', '特に大きな失敗はないのですが、大会で優勝したことが一番の思い出です。').flags).toEqual([
      'off_topic',
    ]);
  });

  it('reads 「〜というほどではないのですが」 as a negation too', () => {
    expect(
      judge('hardship', '挫折というほどではないのですが、初年度に売上目標を達成できたことが一番の成果です。').flags,
    ).toEqual(['off_topic']);
  });

  it('a success told with 「半年後には」 is not a career plan, and wanting to become something is no reason to choose a company', () => {
    expect(
      judge('success', '最初は三人でしたが、半年後には毎回二十人が参加してくれるようになりました。').flags,
    ).toEqual([]);
    expect(
      judge('motivation', '相手の立場に立って考えることが得意です。この強みを活かして、信頼される営業になりたいです。')
        .flags,
    ).toEqual(['off_topic']);
  });

  it('a career plan needs the future: a description of the current job is off topic', () => {
    expect(
      judge('career_plan', '今のチームでは、APIの設計を担当しています。最近は、レビューも任されています。').flags,
    ).toEqual(['off_topic']);
    expect(judge('career_plan', '五年後にはチームをリードしたいと考えています。').flags).toEqual([]);
  });

  it('a follow-up needs stronger evidence, and facts or conditions are not checked', () => {
    expect(judge('motivation', '冷凍の野菜シリーズをよく買っています。', { isFollowUp: true }).flags).toEqual([]);
    expect(judge('fact', '五名です。').reason.en).toContain('not checked');
  });

  it('flags an episode-type answer with no concrete detail, not one with a number or a past situation', () => {
    expect(judge('strengths', '粘り強さです。').flags).toEqual(['no_concrete_example']);
    expect(judge('strengths', '粘り強さです。半年間、毎月連絡を続けて20件の契約を取りました。').flags).toEqual([]);
    expect(judge('teamwork', 'アルバイトで意見が分かれたときに、全員の話を聞きました。').flags).toEqual([]);
  });
});
