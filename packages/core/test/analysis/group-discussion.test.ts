import { describe, expect, it } from 'vitest';
import { analyseTranscript } from '../../src/index';
import { analyseAs, morphemesFor, transcript } from './support';

// Staff give the theme; candidate A volunteers to moderate (role set to moderator), B keeps time, ME takes notes.
const GD = transcript({ S: 'interviewer', A: 'moderator', B: 'candidate', C: 'candidate', M: 'me' }, [
  ['S', 0, 8, 'テーマは、地域の図書館の利用者を増やす方法です。二十分で議論してください。'],
  ['A', 9, 12, 'よろしければ、私が司会を務めます。'],
  ['B', 12.5, 15, '時間は私が見ておきますね。'],
  ['M', 15.5, 18, '私は書記をやります。'],
  ['A', 18.5, 24, '皆さん、まずはどう思いますか。'],
  ['C', 24.5, 34, '夜九時まで開館時間を延ばすのがいいと思います。あと、駅に返却ポストを置く案もありだと思います。'],
  ['M', 33, 42, '開館時間の案に付け加えると、夜は社会人向けの勉強会を開けば、さらに人が来ると思います。'],
  ['B', 42.5, 50, 'もし予算が足りないなら、地元の企業に協賛してもらうべきです。'],
  ['A', 50.5, 56, 'まとめると、夜間開館と勉強会を軸にする、でいいですか。'],
]);

describe('group discussion', () => {
  const report = analyseTranscript({
    transcript: GD,
    morphemes: morphemesFor(GD),
    eventType: 'group_discussion',
    generatedAt: '2026-01-01T00:00:00Z',
  });
  const gd = report.groupDiscussion;

  it('counts a moderating candidate among the participants, and not as the interviewer', () => {
    expect(gd?.participants.map((p) => p.key)).toEqual(['A', 'B', 'C', 'M']);
    expect(gd?.equalShare).toBe(0.25);
    expect(report.questions.map((q) => q.speaker)).toEqual(['S']);
    expect(gd?.participants.find((p) => p.key === 'M')?.interruptions).toBe(1);
  });

  it('keeps every idea: two in one turn, one stated as a condition, one building on another (whose)', () => {
    const ideas = gd?.participants.flatMap((p) => p.keyPoints) ?? [];
    const of = (speaker: string) => ideas.filter((idea) => idea.speaker === speaker);
    expect(of('C').map((idea) => idea.segmentId)).toEqual(['seg-6', 'seg-6']);
    expect(of('M')[0]).toMatchObject({ buildsOn: 'C', segmentId: 'seg-7' });
    expect(of('B')[0]).toMatchObject({ conditional: true, segmentId: 'seg-8' });
    expect(ideas.some((idea) => idea.text.includes('書記') || idea.text.includes('時間は私'))).toBe(false);
  });

  it('names the roles people took', () => {
    expect(gd?.roles.map((r) => [r.speaker, r.role])).toEqual([
      ['A', 'moderator'],
      ['B', 'timekeeper'],
      ['M', 'note_taker'],
      ['C', 'idea_generator'],
    ]);
  });
});

describe('group discussion roles nobody volunteered for', () => {
  const rolesOf = (rows: Array<[string, number, number, string]>) => {
    const content = transcript({ S: 'interviewer', A: 'candidate', B: 'candidate', M: 'me' }, rows);
    const report = analyseTranscript({
      transcript: content,
      morphemes: morphemesFor(content),
      eventType: 'group_discussion',
      generatedAt: '2026-01-01T00:00:00Z',
    });
    return report.groupDiscussion?.roles.map((r) => [r.speaker, r.role, r.segmentId]);
  };

  it('gives a role to the one who keeps doing it, at the moment it showed', () => {
    expect(
      rolesOf([
        ['S', 0, 5, 'テーマは観光客を増やす方法です。二十分でお願いします。'],
        ['A', 6, 12, 'まずは前提を決めてから進めましょう。Bさんはどう思いますか'],
        ['B', 13, 20, '若い人向けに夜のイベントを増やすのがいいと思います'],
        ['M', 21, 26, '残り10分なので結論に向かいましょう'],
        ['A', 27, 32, 'では結論の方向で進めます'],
      ]),
    ).toEqual([
      ['A', 'moderator', 'seg-2'],
      ['M', 'timekeeper', 'seg-4'],
    ]);
  });

  it('gives it to nobody when two did it as often', () => {
    expect(
      rolesOf([
        ['A', 0, 6, 'みなさんはどう思いますか'],
        ['B', 7, 12, 'Aさんはどう思いますか'],
      ]),
    ).toEqual([]);
  });
});

describe('group discussion ideas: conviction, benefit-conditions and what a turn takes up', () => {
  const DISCUSSION = transcript({ S: 'interviewer', B: 'candidate', C: 'candidate', M: 'me' }, [
    ['S', 0, 6, 'テーマは、駅前の公園をもっと使ってもらう方法です。'],
    ['C', 6.5, 12, 'まず、公園が使われていない理由から考えたいと思います。'],
    ['B', 12.5, 20, '遊具が古いのが一番の原因です。'],
    ['C', 20.5, 28, '夜に照明を増やすだけでも、通る人は増えるはずです。'],
    ['M', 28.5, 38, 'それに加えて、遊具の横で週末にマルシェを開けば、家族連れも集まるはずです。'],
    ['B', 38.5, 46, 'ベンチを増やせば、昼休みの会社員も使えるようになります。'],
    ['B', 46.5, 52, '私は、照明とマルシェを組み合わせるのがいいですね。'],
    ['C', 52.5, 62, '賛成です。ただ、続けるには地元のお店に出店料を払ってもらう仕組みが大事です。'],
  ]);
  const report = analyseAs(DISCUSSION, 'group_discussion');
  const ideas = report.groupDiscussion?.participants.flatMap((p) => p.keyPoints) ?? [];
  const ideaWith = (words: string) => ideas.find((idea) => idea.text.includes(words));

  it('keeps a claim with はず and a proposal stated as 〜すれば〜なります, not the way to proceed', () => {
    expect(ideaWith('照明を増やす')).toMatchObject({ speaker: 'C', buildsOn: null });
    expect(ideaWith('ベンチを増やせば')?.speaker).toBe('B');
    expect(ideaWith('理由から考えたい')).toBeUndefined();
  });

  it('「それに加えて」 builds on the idea just said, not on an older one sharing a word', () => {
    expect(ideaWith('マルシェを開けば')?.buildsOn).toBe('C');
  });

  it('a combination builds on the idea named first; 「賛成です。ただ…」 on the proposal just made', () => {
    expect(ideaWith('照明とマルシェ')?.buildsOn).toBe('C');
    expect(ideaWith('出店料')?.buildsOn).toBe('B');
  });
});
