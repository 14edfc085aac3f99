import { describe, expect, it } from 'vitest';
import { detectQuestion } from '../../src/analysis/questions/question-detector';
import { interviewOf } from './support';

/** Wordings of our own for the classes the tenth round found (blind26/27 seen); none is copied from those sets. */
describe('spoken questions the tenth round found', () => {
  it.each([
    // a check that a condition is acceptable, ended by かな or the old-fashioned かい
    '夜勤が月に四回ほどあるんですけど 大丈夫かな',
    '転勤もあるけど それでもいけるかい',
    // a topic asked of each in turn with 伺います
    '次に長所を、今度は端の方から順に伺います。',
    'では皆さんに弱みを一つずつお伺いします。',
    // a request asked for leave
    'まず君の経歴ざっと教えてもらっていい',
    // a topic with its time limit after a pause, and the end of a story asked for
    'じゃあ 志望動機 三十秒で',
    '最終的には。',
  ])('「%s」 is a question', (text) => {
    expect(detectQuestion(text)).not.toBeNull();
  });

  it.each(['今日は主に技術のお話を伺います', 'これで面接官からの質問は以上です', '細かいところまでよく見てますね'])(
    '「%s」 is no question',
    (text) => {
      expect(detectQuestion(text)).toBeNull();
    },
  );
});

describe('a topic named alone, the request left unsaid (体言止め), at the end of a turn I answer', () => {
  it('takes a terse interviewer’s topic words and manner words for questions, with their categories', () => {
    const report = interviewOf([
      '本日はよろしくお願いします。',
      'よろしくお願いします。',
      'では早速。ゼミで取り組んだこと。簡単に。',
      '地域の商店街の空き店舗の調査をしました。',
      '次、短所。',
      '慎重すぎて決めるのが遅いところです。',
      '例えば。',
      'アルバイトのシフトの希望を出すのに毎回三日かかっていました。',
      'じゃあ希望年収。',
      '四百万円くらいを考えています。',
    ]);
    expect(report.questions.map((q) => q.category.category)).toEqual([
      'success',
      'weaknesses',
      'weaknesses',
      'conditions',
    ]);
    const [, weakness, example] = report.questions;
    expect(example?.followUpOf).toBe(weakness?.id);
  });

  it('leaves an echo of my words that I only acknowledge, and a topic in the middle of a statement', () => {
    const report = interviewOf([
      '学生時代に力を入れたことを教えてください。',
      'バスケットボール部で副キャプテンをしていました。',
      '副キャプテン。',
      'はい。',
      'なるほど。うちの強み。それは若手に任せる文化です。',
      'そうなんですね。',
    ]);
    expect(report.questions).toHaveLength(1);
  });

  it('takes a figure asked for on its own as a fact, and a pointer said after the question as a link', () => {
    const report = interviewOf([
      '学生時代に力を入れたことは何ですか。',
      '吹奏楽部で、演奏会の集客を立て直しました。',
      '人数。具体的に。',
      '二百人ほどだったのが、三百五十人になりました。',
      'へえ 何が一番効いたんですかそれ',
      '地域の掲示板に演奏会の案内を出したことです',
    ]);
    const [, figure, cause] = report.questions;
    expect(figure?.category.category).toBe('fact');
    expect(cause?.followUpOf).toBe(figure?.id);
  });

  it('reads a question the ASR left without か before the examples tacked on after it', () => {
    const report = interviewOf([
      '事務のアルバイトではどんな作業をしていましたか',
      '請求書の入力と集計です',
      '表計算ソフトって使えます ピボットとか関数とか',
      '関数は一通り使えます',
    ]);
    expect(report.questions).toHaveLength(2);
  });
});

describe('where the family lives is a fair-selection matter', () => {
  it('flags it, however the question is softened', () => {
    const report = interviewOf([
      '最後にちょっと雑談ですが、ご両親は今もそちらに住んでいらっしゃるんですか。',
      'はい、地元で暮らしています。',
    ]);
    expect(report.improperQuestions.map((item) => item.matter)).toEqual(['family']);
  });
});
