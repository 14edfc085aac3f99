import { describe, expect, it } from 'vitest';
import {
  alreadyAsked,
  bankGroupScope,
  buildQuestionBank,
  DEFAULT_NORMS,
  groupDiscussionPrep,
  normaliseQuestion,
  type Prediction,
  type PrepEvent,
  pointCovered,
  roundChecklist,
  scorePracticeAnswer,
} from '../../src/index';
import { roughMorphemes, transcript } from '../analysis/support';
import { analyse, prepEvent } from './support';

const firstSpec = {
  id: 'ev_a1',
  date: '2026-10-01',
  companyId: 'co_a',
  rows: [
    ['I', 'まず、自己紹介をお願いします。'],
    ['M', '山田と申します。決済システムの開発を五年担当しています。'],
    ['I', 'ありがとうございます。転職を考えた理由を教えてください。'],
    ['M', 'もっと設計から関わりたいと考えたためです。'],
    ['I', '最後に、何か質問はありますか。'],
    ['M', 'チームは何名ですか。'],
    ['I', '十名です。'],
  ] as Array<[string, string]>,
};
const first = prepEvent(firstSpec);
const other = prepEvent({
  id: 'ev_b1',
  date: '2026-10-03',
  companyId: 'co_b',
  rows: [
    ['I', 'それでは、自己紹介をお願いいたします。'],
    ['M', '山田です。バックエンドエンジニアをしています。'],
    ['I', '転職理由を教えてください。'],
    ['M', '設計の段階から関わりたいからです。'],
  ],
});

describe('the question bank', () => {
  const bank = buildQuestionBank([other, first]);

  it('strips the lead-in of a question', () => {
    expect(normaliseQuestion('ありがとうございます。では、転職を考えた理由を教えてください。')).toBe(
      '転職を考えた理由を教えてください',
    );
  });

  it('groups the same question asked by two companies, oldest first, with both answers', () => {
    const intro = bank.groups.find((g) => g.category === 'self_introduction');
    expect(intro?.entries.map((e) => [e.eventId, e.companyId])).toEqual([
      ['ev_a1', 'co_a'],
      ['ev_b1', 'co_b'],
    ]);
    expect(intro?.entries.every((e) => (e.answer?.characters ?? 0) > 0)).toBe(true);
    expect(bank.byCategory.find((c) => c.category === 'self_introduction')?.count).toBe(2);
  });

  it('scopes a question to the one application or company that asked it, none when several companies did', () => {
    const scopeOf = (category: string) => {
      const group = bank.groups.find((g) => g.category === category);
      if (!group) throw new Error(`no ${category} group`);
      return bankGroupScope(group);
    };
    expect(scopeOf('self_introduction')).toBeNull();
    expect(scopeOf('reason_for_change')).toBeNull();
    const second = prepEvent({ ...firstSpec, id: 'ev_a2', date: '2026-10-09', applicationId: 'ap_2' });
    const twoApplications = buildQuestionBank([first, second]).groups;
    expect(twoApplications.map(bankGroupScope)).toEqual(twoApplications.map(() => 'co_a'));
    expect(buildQuestionBank([first]).groups.map(bankGroupScope)).toContain('ap_1');
    const noCompany = { ...prepEvent({ ...firstSpec, id: 'ev_x' }), companyId: null, applicationId: null };
    expect(
      buildQuestionBank([noCompany])
        .groups.map(bankGroupScope)
        .every((scope) => scope === null),
    ).toBe(true);
  });

  it('keeps different questions apart', () => {
    const categories = bank.groups.map((g) => g.category);
    expect(new Set(categories).size).toBe(categories.length);
    expect(bank.groups.length).toBeGreaterThanOrEqual(3);
  });
});

describe('scoring a practice answer', () => {
  const text = 'えーと、私は決済システムの移行プロジェクトでリーダーを務め、三ヶ月で障害なく切り替えました。';
  it('measures a typed answer without pace and finds the key points made', () => {
    const score = scorePracticeAnswer({
      text,
      morphemes: roughMorphemes(text),
      durationMs: null,
      keyPoints: ['移行プロジェクトのリーダー', '三ヶ月', '整合性の確認'],
      norms: DEFAULT_NORMS,
    });
    expect(score.charsPerMinute).toBeNull();
    expect(score.fillers).toBe(1);
    expect(score.length).toBe('short');
    expect(score.keyPoints.map((k) => k.covered)).toEqual([true, true, false]);
    expect(score.coverage).toBeCloseTo(2 / 3);
  });

  it('measures the pace of a timed answer against the norm', () => {
    const score = scorePracticeAnswer({
      text,
      morphemes: roughMorphemes(text),
      durationMs: 5_000,
      keyPoints: [],
      norms: DEFAULT_NORMS,
    });
    expect(score.charsPerMinute).toBe(Math.round(score.characters / (5 / 60)));
    expect(score.pace).toBe('fast');
  });

  it('does not take an unrelated answer as making a point', () => {
    expect(pointCovered('趣味は登山です。', '移行プロジェクトのリーダー')).toBe(false);
  });
});

describe('the checklist for the round', () => {
  it('knows a planned 逆質問 was asked in other words, and keeps an unrelated one', () => {
    const asked = ['はい。配属予定のチームでは、どのような技術スタックを使っているのでしょうか。'];
    expect(alreadyAsked('配属予定のチームの技術スタックを教えてください。', asked)).toBe(true);
    expect(alreadyAsked('評価制度について教えてください。', asked)).toBe(false);
    expect(alreadyAsked('チームの雰囲気を教えてください。', asked)).toBe(false);
  });

  const prediction = { text: { ja: '移行プロジェクトでの役割は何でしたか。', en: '' } } as Prediction;
  it('marks drafted answers done, lists key points and only the 逆質問 not yet asked', () => {
    const items = roundChecklist(
      [prediction],
      [{ question: prediction.text.ja, draft: 'サブリーダーでした', keyPoints: ['手順の設計'] }],
      ['チームは何名ですか。', '評価制度について教えてください。'],
      [first],
    );
    expect(items).toEqual([
      { kind: 'prepare_answer', text: prediction.text.ja, done: true },
      { kind: 'key_point', text: '手順の設計', done: false },
      { kind: 'reverse_question', text: '評価制度について教えてください。', done: false },
    ]);
  });
});

describe('group discussion preparation', () => {
  const rows: Array<[string, number, number, string]> = [
    ['M', 0, 8, 'それでは時間も限られているので、まずは前提を決めてから進めましょう。'],
    ['A', 9, 20, '若者の地方移住を増やすには、リモートワークの補助金を出すのが一番効果的だと思います。'],
    ['M', 21, 26, '残り5分なので、そろそろ結論をまとめましょう。'],
    ['B', 27, 40, '私は、地元企業と大学が組んでインターンを用意するのはどうでしょうか、と提案します。'],
  ];
  const content = transcript({ M: 'me', A: 'candidate', B: 'candidate' }, rows);
  const event: PrepEvent = {
    eventId: 'ev_gd',
    type: 'group_discussion',
    round: null,
    date: '2026-10-02',
    companyId: 'co_a',
    companyName: null,
    applicationId: null,
    report: analyse(content, 'group_discussion'),
  };
  const mine = content.segments
    .filter((s) => s.speaker === 'M')
    .map((s) => ({ id: s.id, startMs: s.startMs, text: s.text }));

  it('names the roles I took, with the words that showed them, and the others ideas', () => {
    const prep = groupDiscussionPrep([{ event, mySegments: mine }]);
    expect(prep.discussions).toBe(1);
    expect(prep.roles.map((r) => r.role).sort()).toEqual(['moderator', 'timekeeper']);
    // The same roles as the analysis of the discussion (one source): mine among them.
    expect(event.report.groupDiscussion?.roles.filter((r) => r.speaker === 'M').map((r) => r.role)).toEqual([
      'moderator',
      'timekeeper',
    ]);
    expect(prep.roles.find((r) => r.role === 'timekeeper')?.examples[0]?.quote).toContain('残り5分');
    expect(prep.othersIdeas.map((i) => i.speaker).sort()).toEqual(['A', 'B']);
  });
});
