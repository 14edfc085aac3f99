import { describe, expect, it } from 'vitest';
import { improperMatterOf } from '../../src/analysis/fair-selection/improper-questions';
import { withoutPhraseSpaces } from '../../src/analysis/questions/casual-forms';
import { detectQuestion } from '../../src/analysis/questions/question-detector';
import { interviewOf } from './support';

/** Wordings of our own for the classes the eleventh round found (blind33/34 seen); none is copied from those sets. */
describe('spoken questions the eleventh round found', () => {
  it.each([
    // an unpunctuated ASR turn: the phrases split by spaces, the ending still asks
    'じゃあ 最後に こっちに 聞いときたいこと ある',
    'はい では まず 自己紹介 から いい',
    'ちょっと 希望の 年収 聞いても いい',
    'じゃあ 一番 苦労した 話 ください',
    '残業は 月 何時間 までなら いい',
    // requests in regional speech
    'ほんなら 志望動機 話してみてちょう',
    'ほいじゃ 強みを 一言で 言うてみんさい',
    // a request put as what the interviewer means to ask next, or as the way to say it
    'じゃあ 次は 長所も 聞いとこうかな',
    '短所は 一言で 言うと',
    'では自己PRは手短に。',
    // an example asked for after a pause
    'その工夫って、例えば。',
    // a turn call after the question makes it one, however it ends
    '皆さんに同じことを 学生時代に頑張ったこと 森さんから順に',
    // sounding like is no check of the call
    '楽そうに聞こえますけど、実際のところは？',
    // the third batch: a choice left open, a challenge, asking for more, a request asked for leave
    'そこは 自分で 直します それとも 後輩に',
    '集客のところ もうちょっと 詳しく',
    'じゃあ 軽く 経歴を 説明してもらっていい 前職とか',
    '他は',
    '皆さん 一言ずつ 自己紹介をお願いします 左の方から順番に',
  ])('「%s」 is a question', (text) => {
    expect(detectQuestion(text)).not.toBeNull();
  });

  it.each([
    'ごめんなさい',
    'ありがとうございます 参考に なりました',
    '音声 聞こえますか',
    'それは いい 経験ですね',
    // what a candidate answers, and what an OB/OG advises or tells, in the same spoken forms
    'はい 学生時代に 留学した 経験 あります',
    'インターンには絶対行ってみて。',
    '今日は ゆっくり 休みなさい',
    'それとも別の道もあったかもしれません',
    'それは 強みに なるんじゃないかな',
    'じゃあ 私の 自己紹介は 簡単に',
    '年収とかも',
    // a turn call after a sentence that tells, waits or thanks
    '今日は 私と 隣の 佐藤の 二人で 担当します 佐藤さんから',
    '少々 お待ちください 田中さんから',
    'ありがとうございました 田中さんから',
  ])('「%s」 is no question', (text) => {
    expect(detectQuestion(text)).toBeNull();
  });

  it('takes out only the spaces between Japanese words', () => {
    expect(withoutPhraseSpaces('聞きたいこと ある')).toBe('聞きたいことある');
    expect(withoutPhraseSpaces('AWS の 経験 ある')).toBe('AWS の経験ある');
  });
});

describe('a plain-form question split into phrases by ASR, at the end of a turn I answer', () => {
  it('takes whether there was one, and how it feels, for questions', () => {
    const report = interviewOf([
      'じゃあ 始めます よろしく',
      'よろしくお願いします',
      'アルバイトで 揉めたこと あった',
      'はい シフトの 割り振りで 一度 ありました',
      'へえ もう 店長 任されてる 感じ',
      'いえ 副店長の 補佐くらいです',
      '発注とかも',
      'はい 発注も 任されています',
    ]);
    expect(report.questions.map((q) => q.question.text)).toEqual([
      'アルバイトで 揉めたこと あった',
      'へえ もう 店長 任されてる 感じ',
      '発注とかも',
    ]);
  });
});

describe('plain checks a reply takes up, fifth batch', () => {
  it('takes them for questions where I reply, and a look back asked for anywhere', () => {
    const report = interviewOf([
      'では 始めます',
      'よろしくお願いします',
      '粘り強いって 友達からも よく言われる',
      'はい しつこいと 言われます',
      'それ 強みって 言っていい',
      'はい そう思っています',
      'それ 今の仕事でも 活かせそう',
      '現場の 調整で 活かせると 思います',
    ]);
    expect(report.questions).toHaveLength(3);
    expect(detectQuestion('で 今振り返ると')).not.toBeNull();
  });
});

describe('a quoted question inside a statement', () => {
  it('is not split out of an OB’s account of what students ask', () => {
    const report = interviewOf([
      '今日はよろしくお願いします',
      'よろしくお願いします',
      'よく 学生さんから 残業って多いですか って 聞かれるんですけど 実際は 少ないです',
      'そうなんですね',
    ]);
    expect(report.questions).toHaveLength(0);
  });
});

describe('an unpunctuated turn that runs a question into what follows', () => {
  it('finds the polite question even when the next phrase carries on without a mark', () => {
    const report = interviewOf([
      '本日はよろしくお願いします',
      'よろしくお願いします',
      'では 前の会社を 辞めようと思った理由を 聞かせてもらえますか あと それは 社内では 変えられない',
      'はい 評価の仕組みが 合わなかったのが 一番です',
    ]);
    expect(report.questions).toHaveLength(1);
    expect(report.questions[0]?.category.category).toBe('reason_for_change');
  });
});

describe('fair-selection matters said plainly', () => {
  it.each([
    ['うちは 何人家族 なの', 'family'],
    ['ご兄弟 いらっしゃる', 'family'],
    ['兄弟とか おるの', 'family'],
    ['ところで 地元 どこ なん', 'birthplace'],
    ['失礼ですが、いまお付き合いされている方はいらっしゃいますか。', 'marriage_childbirth'],
  ])('「%s」 touches %s', (text, matter) => {
    expect(improperMatterOf(text)?.matter).toBe(matter);
  });

  it('leaves the local companies a candidate looks at, a business relation and the university alone', () => {
    expect(improperMatterOf('地元の企業だと どこを 受けてるの')).toBeNull();
    expect(improperMatterOf('長くお付き合いしている取引先の方とは、どう関係を築いていますか')).toBeNull();
    expect(improperMatterOf('出身 どちらの大学ですか')).toBeNull();
  });
});
