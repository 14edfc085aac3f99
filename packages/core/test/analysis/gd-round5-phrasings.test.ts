import { describe, expect, it } from 'vitest';
import type { AnalysisReport, KeyPoint } from '../../src/index';
import { analyseAs, transcript } from './support';

// Fifth round, common phrasings checked on a probe list of our own (never a labelled set's): judging the action
// one puts forward, and taking up an idea by a likeness, a base, a condition or a pointer.

function ideasOf(report: AnalysisReport): KeyPoint[] {
  return report.groupDiscussion?.participants.flatMap((p) => p.keyPoints) ?? [];
}

/** 田中 and 佐藤 bring an idea each, then 鈴木 says `text`: 鈴木's ideas. */
function after(text: string): KeyPoint[] {
  const gd = transcript({ 人事: 'interviewer', 田中: 'candidate', 佐藤: 'candidate', 鈴木: 'me' }, [
    ['人事', 0, 5, 'テーマは地域のお祭りの来場者を増やす方法です。'],
    ['田中', 5.5, 12, '駅前に大きな看板を出すのがいいと思います。'],
    ['佐藤', 12.5, 19, '学校に案内のチラシを配るのがいいと思います。'],
    ['鈴木', 19.5, 28, text],
  ]);
  return ideasOf(analyseAs(gd, 'group_discussion')).filter((idea) => idea.speaker === '鈴木');
}

describe('judging the action one puts forward', () => {
  it.each([
    '屋台の出店料を半額にするのも一つの手かなと。',
    '地元の大学の軽音部にライブをお願いしたいです。',
    'SNSで写真コンテストを開くべきじゃないでしょうか。',
    '公式のインスタを作るのがベストかなと。',
    '子ども向けの縁日コーナーを作るというアイデアです。',
    '会場までの臨時バスを出すのが良さそうです。',
    'チラシにQRコードを載せたほうがいいですね。',
    '地元のラジオで告知してもらえばいいんじゃない',
    'キッチンカーを呼ぶのもアリだよね',
    '抽選会を目玉にするっていうのを考えました。',
    '個人的には夜店の数を増やすのがおすすめです。',
  ])('「%s」 is an idea', (text) => {
    expect(after(text)).toHaveLength(1);
  });
});

describe('taking up an idea', () => {
  it.each([
    ['看板の案に便乗して、駅の構内放送でも流してもらうのはどうでしょう。', '田中'],
    ['田中さんのに近いんですけど、駅の改札の横にポスターを貼るのはどうでしょう。', '田中'],
    ['看板だったら、夜も見えるように照明を付けるのがいいと思います。', '田中'],
    ['その看板をもっと大きくして、駅のホームからも見えるようにするのはどうでしょう。', '田中'],
    ['看板って案ありましたけど、それを駅の反対側にも置くのがいいと思います。', '田中'],
    ['それを応用して、商店街の掲示板にも同じものを貼るのがいいと思います。', '佐藤'],
  ])('「%s」 builds on %s', (text, whose) => {
    expect(after(text)[0]?.buildsOn).toBe(whose);
  });

  it('「その〜」 before a word no idea holds points at nothing said', () => {
    expect(after('その日は雨でも開けるように、屋根付きの会場を借りるのがいいと思います。')[0]?.buildsOn).toBeNull();
  });
});

/** Roles taken in a short exchange between 鈴木 and 田中 (turns alternate, 鈴木 first). */
function rolesIn(...texts: string[]): string[] {
  const speakers = ['鈴木', '田中'];
  const gd = transcript({ 人事: 'interviewer', 田中: 'candidate', 鈴木: 'me' }, [
    ['人事', 0, 5, 'テーマは地域のお祭りの来場者を増やす方法です。'],
    ...texts.map((text, index): [string, number, number, string] => [
      speakers[index % 2] ?? '鈴木',
      6 + index * 5,
      10 + index * 5,
      text,
    ]),
  ]);
  return (analyseAs(gd, 'group_discussion').groupDiscussion?.roles ?? [])
    .filter((taken) => taken.role !== 'idea_generator')
    .map((taken) => `${taken.speaker}:${taken.role}`);
}

describe('taking a role, in any order of role, self and verb', () => {
  it.each([
    ['司会、私でよければやります。', '鈴木:moderator'],
    ['書記は任せてください。', '鈴木:note_taker'],
    ['議事録は私が取ります。', '鈴木:note_taker'],
    ['時間の管理、僕やります。', '鈴木:timekeeper'],
    ['僕がストップウォッチで時間測ります。', '鈴木:timekeeper'],
    ['私が議論を回していきます。', '鈴木:moderator'],
    ['私が仕切らせてもらいますね。', '鈴木:moderator'],
  ])('「%s」 → %s', (text, role) => {
    expect(rolesIn(text)).toContain(role);
  });

  it('answering 「〜いないですよね」 or 「〜人いますか」 takes the role asked for', () => {
    expect(rolesIn('書記いないですよね', 'あ、僕やりますよ')).toContain('田中:note_taker');
    expect(rolesIn('時間見る人いますか', '私見ます')).toContain('田中:timekeeper');
  });

  it('someone called by the role (タイムキーパーの方) is not the speaker taking it', () => {
    expect(rolesIn('私は、タイムキーパーの方が時間を見てくれているので安心です。')).toEqual([]);
  });
});

describe('speech without punctuation, and lines that bring nothing', () => {
  it('trailing off on the condition, or wondering with 〜ないですかね, is an idea', () => {
    expect(after('あー看板いいですねそれなら駅の反対側にも置いたら')[0]?.buildsOn).toBe('田中');
    expect(after('さっき田中さんが言ってた看板のやつ あれ商店街にも置けないですかね')[0]?.buildsOn).toBe('田中');
  });

  it.each([
    '私もいいと思います。',
    'じゃあ次の案いきましょう。',
    'ちょっと時間が押しているので急ぎましょう。',
    'そろそろ結論を出さないといけないと思います。',
  ])('「%s」 brings no idea', (text) => {
    expect(after(text)).toEqual([]);
  });
});
