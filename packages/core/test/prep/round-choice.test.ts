import { describe, expect, it } from 'vitest';
import { type InterviewRound, predictNextRound } from '../../src/index';
import { prepEvent } from './support';
import { walkHistory } from './walk-history';

const prepare = (targetRound: InterviewRound) =>
  predictNextRound({ events: walkHistory, applicationId: 'ap_1', targetRound, role: 'バックエンドエンジニア' });
const sourcesOf = (round: InterviewRound) =>
  new Set(prepare(round).predictions.flatMap((p) => (p.source ? [p.source.eventId] : [])));

describe('the round chosen decides the history and the mix', () => {
  it('prepares a round from what happened before it only: the 1次 quotes no later round', () => {
    expect([...sourcesOf('first')].filter((id) => id.startsWith('ev_r'))).toEqual([]);
    expect(sourcesOf('second').has('ev_r1')).toBe(true);
    expect([...sourcesOf('second')].some((id) => id === 'ev_r2' || id === 'ev_r3')).toBe(false);
    expect(sourcesOf('final').has('ev_r3')).toBe(false);
    expect(prepare('final').basedOn).not.toContain('ev_r3');
    for (const round of ['first', 'second', 'final'] as const) {
      expect(prepare(round).predictions.some((p) => p.why.ja.includes('最終面接で「'))).toBe(false);
    }
  });

  it('gives each round its own list: 1次 the basics, 最終 入社意欲, 他社状況 and 価値観', () => {
    const texts = (round: InterviewRound) => prepare(round).predictions.map((p) => p.text.ja);
    const [first, second, final] = [texts('first'), texts('second'), texts('final')];
    const shared = (a: string[], b: string[]) => a.filter((t) => b.includes(t)).length;
    expect(shared(first, second)).toBeLessThan(3);
    expect(shared(second, final)).toBeLessThan(Math.min(second.length, final.length) / 2);
    const topics = (round: InterviewRound) => prepare(round).predictions.map((p) => p.topic);
    expect(topics('first')).toEqual(expect.arrayContaining(['round:self_introduction', 'round:motivation']));
    expect(topics('final')).toEqual(
      expect.arrayContaining(['round:commitment', 'round:other_companies', 'round:values']),
    );
    expect(topics('second')).toContain('round:motivation_deep');
  });

  it('drills into the round just before first, earlier rounds after, and names the round in the reason', () => {
    const final = prepare('final').predictions.filter((p) => p.kind === 'follow_up');
    const firstOfR1 = final.findIndex((p) => p.source?.eventId === 'ev_r1');
    const firstOfR2 = final.findIndex((p) => p.source?.eventId === 'ev_r2');
    expect(firstOfR2).toBeGreaterThanOrEqual(0);
    expect(firstOfR1 === -1 || firstOfR2 < firstOfR1).toBe(true);
    expect(final.find((p) => p.source?.eventId === 'ev_r2')?.why.ja).toMatch(/^2次面接で/);
  });
});

describe('drill-downs spread over the answers', () => {
  const answerOf = (p: { source: { eventId: string; segmentIds: string[] } | null }) =>
    p.source ? `${p.source.eventId}|${p.source.segmentIds.join(',')}` : '';
  const drills = (round: InterviewRound) =>
    prepare(round).predictions.filter((p) => p.kind === 'follow_up' || p.kind === 'repeat_weak');

  it('takes at most two from one answer while others are left, each of another kind', () => {
    const final = drills('final');
    const perAnswer = new Map<string, string[]>();
    for (const p of final) perAnswer.set(answerOf(p), [...(perAnswer.get(answerOf(p)) ?? []), p.topic]);
    expect(Math.max(...[...perAnswer.values()].map((topics) => topics.length))).toBeLessThanOrEqual(2);
    for (const topics of perAnswer.values()) {
      const steps = topics.map((topic) => topic.split(':')[1]);
      expect(new Set(steps).size).toBe(steps.length);
    }
    expect(final.filter((p) => p.source?.quote.includes('年収を上げたい')).length).toBeLessThanOrEqual(2);
    expect(new Set(final.map(answerOf)).size).toBeGreaterThanOrEqual(4);
  });

  it('gives one answer more when nothing else is left', () => {
    const onlyOne = predictNextRound({ events: [walkHistory[0]].flatMap((e) => (e ? [e] : [])), limit: 15 });
    const project = onlyOne.predictions.filter((p) => p.source?.quote.includes('決済システム'));
    expect(project.length).toBeGreaterThan(2);
  });
});

describe('one project told in two rounds', () => {
  const told = (id: string, date: string, round: InterviewRound, project: string) =>
    prepEvent({
      id,
      date,
      round,
      rows: [
        ['I', 'これまでで一番力を入れたプロジェクトについて教えてください。'],
        ['M', `${project}です。八名のチームで三ヶ月かけて進めました。`],
      ],
    });

  it('asks each step of it once, whichever round named it more fully', () => {
    const events = [
      told('ev_a', '2026-10-01', 'first', '決済システムのデータベース移行プロジェクト'),
      told('ev_b', '2026-10-10', 'second', '決済システムのデータベース移行'),
    ];
    const steps = predictNextRound({ events, targetRound: 'final' })
      .predictions.filter((p) => p.kind === 'follow_up' && p.text.ja.startsWith('決済システム'))
      .map((p) => p.topic);
    expect(steps.length).toBeGreaterThan(1);
    expect(new Set(steps).size).toBe(steps.length);
  });
});

describe('what an OB/OG said about the rounds', () => {
  const tips = (round: InterviewRound) =>
    prepare(round)
      .predictions.filter((p) => p.topic === 'company:selection')
      .map((p) => p.source?.quote ?? '');

  it('passes on the tips about the round prepared, and none about another round', () => {
    expect(tips('second')).toEqual(
      expect.arrayContaining([expect.stringContaining('二次は開発部長'), expect.stringContaining('障害対応の経験')]),
    );
    expect(tips('second').some((quote) => quote.includes('最終は'))).toBe(false);
    expect(tips('final')).toEqual([expect.stringContaining('最終は役員面接')]);
    expect(tips('first')).toEqual([]);
  });
});
