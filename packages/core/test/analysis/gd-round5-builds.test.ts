import { describe, expect, it } from 'vitest';
import { ideaClauses } from '../../src/analysis/modes/gd-clauses';
import type { AnalysisReport, KeyPoint } from '../../src/index';
import { analyseAs, transcript } from './support';

// Fifth round of group-discussion rules: whose idea an idea takes up when nobody says 「〜さんの案に」 —
// an idea named by its content or by what was said about it, a pointer at the idea just said, a condition,
// a fix after someone found a problem. Every sentence here is written for these tests.

function ideasOf(report: AnalysisReport): KeyPoint[] {
  return report.groupDiscussion?.participants.flatMap((p) => p.keyPoints) ?? [];
}

function buildsOnIn(rows: Array<[string, string]>, segmentId: string): string | null | undefined {
  const speakers = Object.fromEntries(
    [...new Set(rows.map(([speaker]) => speaker))].map((speaker) => [speaker, speaker === '山本' ? 'me' : 'candidate']),
  );
  const gd = transcript({ 人事: 'interviewer', ...speakers } as Parameters<typeof transcript>[0], [
    ['人事', 0, 5, 'テーマは大学祭の来場者を増やす方法です。'],
    ...rows.map(([speaker, text], index): [string, number, number, string] => [
      speaker,
      6 + index * 8,
      13 + index * 8,
      text,
    ]),
  ]);
  return ideasOf(analyseAs(gd, 'group_discussion')).find((idea) => idea.segmentId === segmentId)?.buildsOn;
}

describe('an idea named by its content', () => {
  const rows: Array<[string, string]> = [
    ['田中', '来場者にスタンプラリーの台紙を配るのがいいと思います。'],
    ['鈴木', '屋台の数を去年の倍にするのがいいと思います。'],
    ['佐藤', 'そのスタンプラリーの話なんですけど、全部集めた人に学食の割引券を出せば回る人も増えると思います。'],
    ['山本', '屋台いいですね それなら売り上げの一部を寄付に回すと話題になると思います'],
  ];

  it('「その〜の話なんですけど」 takes up the idea whose words it repeats', () => {
    expect(buildsOnIn(rows, 'seg-4')).toBe('田中');
  });

  it('「〜いいですね」 at the opening names the idea it praises, not the one just said', () => {
    expect(buildsOnIn(rows, 'seg-5')).toBe('鈴木');
  });
});

describe('what was said about an idea', () => {
  it('「さっき〜って言ってた方のやつって」 ends the recalled part there: later words are the new idea', () => {
    const rows: Array<[string, string]> = [
      ['田中', '卒業生に案内状を送るのがいいと思います。'],
      ['鈴木', '模擬店の割引券を駅で配るのもいいと思います。'],
      ['山本', 'さっき送るって言ってた方のやつって模擬店の割引券と一緒にできますよね封筒に入れて届けるみたいな'],
    ];
    expect(buildsOnIn(rows, 'seg-4')).toBe('田中');
  });

  it('a sentence that only names the idea and agrees passes it to the idea after it in the turn', () => {
    const rows: Array<[string, string]> = [
      ['田中', '夜の部を作って社会人も来られるようにするのはどうでしょう。'],
      ['鈴木', '公式サイトに当日の混み具合を出すのがいいと思います。'],
      ['山本', '田中さんの夜の部の件、賛成です。ただ、暗いと危ないので、照明を増やしたほうがいいと思います。'],
    ];
    expect(buildsOnIn(rows, 'seg-4')).toBe('田中');
  });
});

describe('pointing at the idea just said, or taking it as given', () => {
  it('「それ、〜」 opens on the idea just said', () => {
    const rows: Array<[string, string]> = [
      ['田中', '学内にポスターを貼るのがいいと思います。'],
      ['鈴木', 'それ、学内より最寄りのバス停に貼るほうが目に入りやすいと思います。'],
    ];
    expect(buildsOnIn(rows, 'seg-3')).toBe('田中');
  });

  it('「それなら」 runs straight into the sentence without punctuation', () => {
    const rows: Array<[string, string]> = [
      ['田中', '大学祭の公式アプリを作るのがいいと思います'],
      ['鈴木', 'それなら通知で各ステージの開始時間を知らせればいいと思います'],
    ];
    expect(buildsOnIn(rows, 'seg-3')).toBe('田中');
  });

  it('a condition repeating the idea may run into an honorific お (「ポスターならお寺の」)', () => {
    const rows: Array<[string, string]> = [
      ['田中', '地域の掲示板にポスターを貼るのがいいと思います。'],
      ['山本', 'ポスターならお寺や神社の掲示板にも頼めば、年配の方にも届くと思います。'],
    ];
    expect(buildsOnIn(rows, 'seg-3')).toBe('田中');
  });
});

describe('a fix after someone found a problem', () => {
  it('builds on the idea the problem was found in, not on the one who objected', () => {
    const rows: Array<[string, string]> = [
      ['田中', '中庭で野外ライブをやるのがいいと思います。'],
      ['鈴木', 'でもそれだと雨が降ったら中止ですよね。'],
      ['佐藤', 'あ、屋根のある渡り廊下にステージを組めばいいと思います。'],
    ];
    expect(buildsOnIn(rows, 'seg-4')).toBe('田中');
  });

  it('an idea that says whose it takes up keeps that, objection or not', () => {
    const rows: Array<[string, string]> = [
      ['田中', '中庭で野外ライブをやるのがいいと思います。'],
      ['鈴木', '軽音部に出演を頼むのがいいと思います。'],
      ['山本', 'うーん、外だと音が近所に響きそうです。'],
      ['佐藤', '鈴木さんの案に付け足すと、出演する部に事前に告知動画を撮ってもらえばいいと思います。'],
    ];
    expect(buildsOnIn(rows, 'seg-5')).toBe('鈴木');
  });
});

describe('unpunctuated clauses', () => {
  it('「そこにもう一つ足すと」 adds to the idea just praised: no new clause starts there', () => {
    const text = 'ポスターの話いいですねそこにもう一つ足すとQRコードを載せればアンケートも取れますよね';
    const sentence = { text, start: 0, end: text.length, segmentId: 'seg-1', segmentStartMs: 0, segmentEndMs: 1 };
    expect(ideaClauses(sentence)).toHaveLength(1);
  });
});
