import { describe, expect, it } from 'vitest';
import type { AnalysisReport, KeyPoint } from '../../src/index';
import { analyseAs, transcript } from './support';

// Fifth round of group-discussion rules: ways of putting an idea forward, lines that run the discussion, and
// ways of taking a role. Every sentence here is written for these tests.

function ideasOf(report: AnalysisReport): KeyPoint[] {
  return report.groupDiscussion?.participants.flatMap((p) => p.keyPoints) ?? [];
}

function rolesOf(report: AnalysisReport): Array<[string, string]> {
  return (report.groupDiscussion?.roles ?? []).map((taken) => [taken.speaker, taken.role]);
}

/** One candidate's sentence after a theme: is it an idea? */
function ideaIn(text: string): KeyPoint | undefined {
  const gd = transcript({ S: 'interviewer', A: 'candidate', M: 'me' }, [
    ['S', 0, 5, 'テーマは大学祭の来場者を増やす方法です。'],
    ['A', 5.5, 12, text],
  ]);
  return ideasOf(analyseAs(gd, 'group_discussion')).find((idea) => idea.segmentId === 'seg-2');
}

describe('ideas put forward without a textbook proposal form', () => {
  it('what doing it would bring: 〜ておけば…減りますよね, 〜てもらえると…増えますね', () => {
    expect(ideaIn('受付に案内係を立てておけば道に迷う人も減りますよね')).toBeDefined();
    expect(ideaIn('卒業生にも声をかけてもらえると、来場者がぐっと増えますね。')).toBeDefined();
  });

  it('wondering whether it can be done: 〜を付けられないかなと', () => {
    expect(ideaIn('駅前で配るチラシに屋台の割引券を付けられないかなと。')).toBeDefined();
  });

  it('comparing it with another: 〜するほうが安上がりじゃありませんか', () => {
    expect(ideaIn('紙のパンフレットを刷るより、動画を流すほうが安上がりじゃありませんか。')).toBeDefined();
  });

  it('an example or a trailing-off: 〜とか。〜みたいな 〜のは', () => {
    expect(ideaIn('ステージの出演枠を地元のバンドにも開くとか。')).toBeDefined();
    expect(ideaIn('前の週から毎日カウントダウンの投稿を出すみたいな')).toBeDefined();
    expect(ideaIn('最寄り駅から無料のシャトルバスを走らせるのは')).toBeDefined();
  });

  it('counted off: 一つは、〜ことです and 〜のが一つ', () => {
    expect(ideaIn('一つは、構内の地図をスマホで見られるようにすることです。')).toBeDefined();
    expect(ideaIn('体育館の裏の駐車場を当日だけ開けるのが一つ。')).toBeDefined();
  });

  it('asked about with a list word: 〜とかどうですかね', () => {
    expect(ideaIn('近くの高校の吹奏楽部に演奏してもらうとかどうですかね')).toBeDefined();
  });

  it('an opinion ending 〜かなって思います', () => {
    expect(ideaIn('体験型の展示を増やして親子でも回れるようにしたいかなって思います')).toBeDefined();
  });

  it('a plan stated with a bare 〜ます after a condition is no idea put forward', () => {
    expect(ideaIn('雨が降ればステージは体育館に移します。')).toBeUndefined();
  });
});

describe('running the discussion or bringing an idea', () => {
  const gd = transcript({ S: 'interviewer', A: 'candidate', B: 'candidate', M: 'me' }, [
    ['S', 0, 5, 'それでは始めてくださいテーマは社内の勉強会の参加者を増やす方法です'],
    ['A', 5.5, 14, '木村です 書記やります えっと案なんですけど 勉強会の録画を後から見られるようにするのはどうですか'],
    ['B', 14.5, 18, 'そろそろ対策に移りましょう。'],
    ['M', 18.5, 22, 'まずはどんどん出してみましょう。'],
    ['B', 22.5, 30, '書記の方が言ってた録画、あれを新人研修の教材にも使えばいいと思います。'],
  ]);
  const report = analyseAs(gd, 'group_discussion');
  const at = (segmentId: string) => ideasOf(report).find((idea) => idea.segmentId === segmentId);

  it('a line that takes a role and then announces an idea (案なんですけど) holds the idea', () => {
    expect(at('seg-2')?.speaker).toBe('A');
  });

  it('moving to the next phase or calling for more is no idea', () => {
    expect(at('seg-3')).toBeUndefined();
    expect(at('seg-4')).toBeUndefined();
  });

  it('naming the note-taker as the one who said an idea recalls it, it does not run the discussion', () => {
    expect(at('seg-5')).toMatchObject({ speaker: 'B', buildsOn: 'A' });
  });
});

describe('the presentation', () => {
  const gd = transcript({ S: 'interviewer', A: 'candidate', M: 'me' }, [
    ['S', 0, 5, 'テーマは大学祭の来場者を増やす方法です。最後に発表をお願いします。'],
    ['A', 5.5, 12, '最寄り駅から無料のシャトルバスを走らせるのがいいと思います。'],
    ['S', 12.5, 16, 'では時間になりましたので、発表をお願いします。'],
    ['A', 16.5, 26, 'はい、僕たちはシャトルバスを軸に提案します。あわせて、駅前でチラシを配るのもいいと思います。'],
  ]);
  const report = analyseAs(gd, 'group_discussion');

  it('an idea before the theme-giver asks to present is still an idea', () => {
    expect(ideasOf(report).find((idea) => idea.segmentId === 'seg-2')?.kind).toBe('proposal');
  });

  it('after the call to present now, the presentation is one conclusion, not ideas of the presenter', () => {
    const presented = ideasOf(report).filter((idea) => idea.segmentId === 'seg-4');
    expect(presented.map((idea) => idea.kind)).toEqual(['conclusion']);
    expect(report.groupDiscussion?.othersIdeas.some((idea) => idea.segmentId === 'seg-4')).toBe(false);
  });
});

describe('taking a role', () => {
  const gd = transcript({ S: 'interviewer', A: 'candidate', B: 'candidate', C: 'candidate', M: 'me' }, [
    ['S', 0, 4, 'テーマは商店街の夏祭りの集客です。'],
    ['A', 4.5, 8, 'よければ進行役を務めますね。'],
    ['B', 8.5, 12, '出た案は私がスマホに打ち込んでおきます。'],
    ['C', 12.5, 15, '私、時計見ておきます。'],
  ]);
  it('a role with 役, notes taken by typing them in, the clock watched', () => {
    const roles = rolesOf(analyseAs(gd, 'group_discussion'));
    expect(roles).toContainEqual(['A', 'moderator']);
    expect(roles).toContainEqual(['B', 'note_taker']);
    expect(roles).toContainEqual(['C', 'timekeeper']);
  });

  const casual = transcript({ S: 'interviewer', A: 'candidate', B: 'candidate', C: 'candidate', M: 'me' }, [
    ['S', 0, 4, 'テーマはオフィスの紙の使用量を減らす方法です'],
    ['A', 4.5, 8, 'じゃあ僕が回しますね'],
    ['B', 8.5, 12, '板書係でよければやります'],
    ['A', 12.5, 16, 'あとタイムキーパーを誰かお願いできますか'],
    ['C', 16.5, 18, 'じゃあ私やります'],
  ]);
  it('回す for moderating, a 係 one is fine with, and a role taken when someone asks for it', () => {
    const roles = rolesOf(analyseAs(casual, 'group_discussion'));
    expect(roles).toContainEqual(['A', 'moderator']);
    expect(roles).toContainEqual(['B', 'note_taker']);
    expect(roles).toContainEqual(['C', 'timekeeper']);
  });

  it("the staff's call for a presenter is no role someone accepts", () => {
    const staff = transcript({ S: 'interviewer', A: 'candidate', M: 'me' }, [
      ['S', 0, 4, '最後にどなたか一人が発表してください'],
      ['A', 4.5, 8, 'じゃあ私やります'],
    ]);
    expect(rolesOf(analyseAs(staff, 'group_discussion'))).not.toContainEqual(['A', 'presenter']);
  });
});
