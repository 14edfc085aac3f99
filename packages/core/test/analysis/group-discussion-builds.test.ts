import { describe, expect, it } from 'vitest';
import { selfIntroducedNames } from '../../src/analysis/modes/gd-names';
import type { Turn } from '../../src/analysis/turns';
import { analyseAs, transcript } from './support';

type Row = [string, number, number, string];

/** A discussion of candidates A–D after the staff's theme (S); ideas as [speaker, segment, builds on]. */
function discuss(rows: Row[]) {
  const gd = analyseAs(
    transcript({ S: 'interviewer', A: 'candidate', B: 'candidate', C: 'candidate', D: 'candidate' }, [
      ['S', 0, 4, 'テーマは、駅前の商業施設に若い人を呼ぶ方法です。十五分でお願いします。'],
      ...rows,
    ]),
    'group_discussion',
  ).groupDiscussion;
  const ideas = gd?.participants.flatMap((p) => p.keyPoints) ?? [];
  return {
    ideas: ideas.map((idea) => [idea.speaker, idea.segmentId, idea.buildsOn ?? null]),
    roles: (gd?.roles ?? []).map((role) => [role.role, role.speaker]),
  };
}

describe('whose idea an idea builds on (#16 item 3)', () => {
  it('ASR: a person named by the name they gave in the room, not by the export label', () => {
    const { ideas } = discuss([
      ['A', 5, 8, 'よろしくお願いします大野です'],
      ['B', 9, 12, 'はい川口ですお願いします'],
      ['A', 13, 20, '来た人にアンケートを取って欲しいお店を聞くのがいいと思います'],
      ['B', 21, 28, 'アンケートの結果をSNSで発信すればもっと人が来ると思います'],
      ['C', 29, 38, '大野さんのアンケートの案に付け足すと答えてくれた人に割引券を配るのもありだと思います'],
    ]);
    expect(ideas.find(([speaker]) => speaker === 'C')).toEqual(['C', 'seg-6', 'A']);
  });

  it('keigo: 「それなら」 and 「それに関連して」 build on the idea just said', () => {
    const { ideas } = discuss([
      ['A', 5, 12, '屋上を使って夏に映画の上映会を開くのがよいと考えます。'],
      ['B', 13, 20, 'それなら、地元の飲食店に屋台を出していただくのはいかがでしょうか。'],
      ['C', 21, 28, 'あ、それに関連して、上映する作品を投票で決めるというのもどうでしょう。'],
    ]);
    expect(ideas).toEqual([
      ['A', 'seg-2', null],
      ['B', 'seg-3', 'A'],
      ['C', 'seg-4', 'B'],
    ]);
  });

  it("casual: a condition that takes up someone's proposal builds on it; a condition of one's own does not", () => {
    const { ideas } = discuss([
      ['A', 5, 12, 'イベントは土日に集中させるのがいいと思う。'],
      ['B', 13, 18, 'フードコートの席を増やすべきだよ。'],
      ['C', 19, 27, '土日にやるなら、駐車場を無料にすればもっと来ると思う。'],
      ['D', 28, 35, 'もし予算が余るなら、無料のWi-Fiを入れるのもいいと思う。'],
    ]);
    expect(ideas).toEqual([
      ['A', 'seg-2', null],
      ['B', 'seg-3', null],
      ['C', 'seg-4', 'A'],
      ['D', 'seg-5', null],
    ]);
  });
});

describe('roles shown by what people say (#16 item 3)', () => {
  it('ASR: 「私メモ取りますね」 is the note-taker, 「僕森が時間見ときます」 the timekeeper', () => {
    const { roles } = discuss([
      ['A', 5, 9, 'お願いします僕森が時間見ときます'],
      ['B', 10, 13, '私メモ取りますね'],
      ['C', 14, 20, '若い人向けのポップアップストアを呼ぶのがいいと思います'],
    ]);
    expect(roles).toEqual(
      expect.arrayContaining([
        ['timekeeper', 'A'],
        ['note_taker', 'B'],
      ]),
    );
  });

  it('ASR: a timekeeper who only ever announces the time', () => {
    const { roles } = discuss([
      ['A', 5, 12, '学生限定のスタンプラリーをやるのがいいと思います'],
      ['B', 13, 15, '十分経過しました'],
      ['C', 16, 22, '屋上でビアガーデンをやるのはどうでしょう'],
      ['B', 23, 25, 'あと三分です'],
    ]);
    expect(roles).toContainEqual(['timekeeper', 'B']);
  });

  it('a note-taker who only reads back what has come up', () => {
    const { roles } = discuss([
      ['A', 5, 12, '学生向けの割引デーを作るのがいいと思います。'],
      ['C', 13, 20, '音楽のライブを広場でやるのはどうでしょう。'],
      ['B', 21, 28, '書記から一度まとめます。今出ている案は、割引デーとライブの二つですね。'],
    ]);
    expect(roles).toContainEqual(['note_taker', 'B']);
  });
});

describe('selfIntroducedNames', () => {
  const turn = (speaker: string, text: string, index: number): Turn =>
    ({ speaker, text, index, role: 'candidate', startMs: 0, endMs: 0, segments: [] }) as unknown as Turn;

  it('takes a family name said at the start, after a greeting or after 私/僕, and no word that only sounds like one', () => {
    const names = selfIntroducedNames(
      [
        turn('A', '佐々木です。よろしくお願いします。', 0),
        turn('B', 'じゃあ僕、石井が司会をやります', 1),
        turn('C', '賛成です。', 2),
        turn('D', '以上です', 3),
        turn('E', 'よろしくお願いします大野です', 4),
      ],
      new Set(['A', 'B', 'C', 'D', 'E']),
    );
    expect([...names]).toEqual([
      ['A', ['佐々木']],
      ['B', ['石井']],
      ['E', ['大野']],
    ]);
  });
});
