import { describe, expect, it } from 'vitest';
import { analyseAs, transcript } from './support';

type Row = [string, number, number, string];

/** A discussion of candidates A–E after the staff's theme (S); ideas as [speaker, segment, builds on]. */
function discuss(rows: Row[]) {
  const gd = analyseAs(
    transcript({ S: 'interviewer', A: 'candidate', B: 'candidate', C: 'candidate', D: 'candidate', E: 'candidate' }, [
      ['S', 0, 4, 'テーマは、商店街に観光客を呼び込む方法です。二十分でお願いします。'],
      ...rows,
    ]),
    'group_discussion',
  ).groupDiscussion;
  return (gd?.participants.flatMap((p) => p.keyPoints) ?? [])
    .map((idea) => [idea.speaker, idea.segmentId, idea.buildsOn ?? null] as const)
    .sort((a, b) => Number(a[1].slice(4)) - Number(b[1].slice(4)));
}

describe('an idea that recalls an earlier one builds on it', () => {
  it('keigo: 「先ほどおっしゃっていた〜という点ですが」 recalls the idea by its words, not the one just said', () => {
    expect(
      discuss([
        ['A', 5, 12, '商店街の空き店舗で、地元の野菜を売る朝市を開くのがよいと思います。'],
        ['B', 13, 20, '外国語の案内板を駅から商店街まで並べるべきだと思います。'],
        [
          'C',
          21,
          32,
          '先ほどおっしゃっていた朝市という点ですが、月に一度は夜に開けば、仕事帰りの人も来られると思います。',
        ],
      ]),
    ).toEqual([
      ['A', 'seg-2', null],
      ['B', 'seg-3', null],
      ['C', 'seg-4', 'A'],
    ]);
  });

  it('casual: 「今の案をちょっと変えて」 builds on the idea just said', () => {
    expect(
      discuss([
        ['A', 5, 12, '商店街でスタンプラリーをやるのがいいと思う。'],
        ['B', 13, 20, 'SNSで写真を投稿した人に景品を出すのはどうかな。'],
        ['C', 21, 30, '今の案をちょっと変えて、投稿じゃなくて店先の写真を集めた地図を作るのはどう？'],
      ]),
    ).toContainEqual(['C', 'seg-4', 'B']);
  });

  it('ASR: 「さっき〇〇さんが言ってた〜なんですけど」 names someone who introduced themselves with one kanji', () => {
    expect(
      discuss([
        ['A', 5, 7, 'えっと森ですよろしくお願いします'],
        ['B', 8, 10, '松井ですお願いします'],
        ['A', 11, 18, '商店街の空き店舗を使って学生のお店を出すのがいいと思います'],
        ['B', 19, 26, '商店街の入口に観光案内所を作ればいいと思います'],
        [
          'C',
          27,
          38,
          'あのさっき森さんが言ってたお店なんですけど週末だけ開くようにすれば学生も続けられるんじゃないかなと',
        ],
      ]),
    ).toContainEqual(['C', 'seg-6', 'A']);
  });

  it('names two people: the idea builds first on the one named first', () => {
    const ideas = discuss([
      ['A', 5, 7, '小野です。'],
      ['B', 8, 10, '高木です。'],
      ['A', 11, 18, '食べ歩きのマップを作るのがいいと思います。'],
      ['B', 19, 26, '着物のレンタルを始めるべきだと思います。'],
      ['C', 27, 38, '高木さんと小野さんの案を合わせて、着物で食べ歩きできるコースを作るのはどうでしょう。'],
    ]);
    expect(ideas).toContainEqual(['C', 'seg-6', 'B']);
  });
});

/** The last test passes on the rules before recalls too: it guards the disagreement that looks like taking up. */
describe('what is no idea built on another', () => {
  it('ASR: after taking up an idea, 「あとは〜」 in the same unpunctuated turn is an idea of its own', () => {
    const ideas = discuss([
      ['A', 5, 12, '空き店舗でカフェを開くのがいいと思います'],
      [
        'B',
        13,
        30,
        'えっとそのカフェに乗っかる形なんですけど地元の高校生に店番をしてもらえば話題になると思いますあとは商店街の祭りを年に二回に増やすのもありかなと',
      ],
    ]);
    expect(ideas).toEqual([
      ['A', 'seg-2', null],
      ['B', 'seg-3', 'A'],
      ['B', 'seg-3', null],
    ]);
  });

  it('asking for ideas runs the discussion, it is no idea', () => {
    expect(
      discuss([
        ['A', 5, 9, 'では、一人ずつアイデアを出していきましょう。'],
        ['B', 10, 16, '商店街の入口に観光案内所を作るのがいいと思います。'],
      ]),
    ).toEqual([['B', 'seg-3', null]]);
  });

  it('disagreeing and proposing something else builds on nobody', () => {
    expect(
      discuss([
        ['A', 5, 12, '商店街に大きな駐車場を作るべきだと思います。'],
        ['B', 13, 24, '駐車場は土地がないので難しいと思います。代わりに、駅からの無料バスを走らせるのはどうでしょう。'],
      ]).filter(([speaker]) => speaker === 'B'),
    ).toEqual([
      ['B', 'seg-3', null],
      ['B', 'seg-3', null],
    ]);
  });
});
