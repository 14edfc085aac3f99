import { describe, expect, it } from 'vitest';
import { analyseTranscript } from '../../src/index';
import { morphemesFor, transcript } from './support';

// Four candidates with ASR labels (no names): names are given only in what they say.
const GD = transcript({ S: 'interviewer', P: 'candidate', Q: 'candidate', R: 'candidate', M: 'me' }, [
  ['S', 0, 6, 'はいそれでは始めてくださいテーマは商店街に若い人を呼ぶ方法です'],
  ['P', 6.5, 9, 'じゃあ私田村が司会をやりますね'],
  ['Q', 9.5, 12, '僕メモ取ります'],
  ['P', 12.5, 15, 'まず原因を出していきましょう。'],
  ['R', 15.5, 22, '空き店舗を週末だけ学生に貸し出すのがいいと思います。'],
  ['M', 22.5, 30, '週末に貸すなら、その日は通りを歩行者天国にすれば人が集まると思います。'],
  ['Q', 30.5, 36, 'あ、それに関連して、商店街のお店を回るスタンプラリーというのもどうでしょう。'],
  [
    'P',
    36.5,
    44,
    '田村です、さっきの案に付け足すと、スタンプがたまったら地元の野菜と交換できるようにするといいと思います。',
  ],
]);

describe('group discussion, fourth round', () => {
  const report = analyseTranscript({
    transcript: GD,
    morphemes: morphemesFor(GD),
    eventType: 'group_discussion',
    generatedAt: '2026-01-01T00:00:00Z',
  });
  const ideas = report.groupDiscussion?.participants.flatMap((p) => p.keyPoints) ?? [];
  const at = (segmentId: string) => ideas.find((idea) => idea.segmentId === segmentId);

  it('takes 「〜というのもどうでしょう」 for a proposal, and 「それに関連して」 builds on the idea just said', () => {
    expect(at('seg-7')).toMatchObject({ kind: 'proposal', buildsOn: 'M' });
  });

  it('an idea opening on a condition that repeats the previous idea builds on it', () => {
    expect(at('seg-6')?.buildsOn).toBe('R');
  });

  it('「〜しましょう。」 with its full stop runs the discussion: no idea', () => {
    expect(at('seg-4')).toBeUndefined();
  });

  it('「僕メモ取ります」 volunteers for the notes', () => {
    expect(report.groupDiscussion?.roles.map((role) => [role.speaker, role.role])).toContainEqual(['Q', 'note_taker']);
  });
});

// A name given by oneself (「僕井上が」) is the name others use for that speaker's idea.
const NAMED = transcript({ S: 'interviewer', A: 'candidate', B: 'candidate', M: 'me' }, [
  ['S', 0, 4, 'テーマは駅の混雑を減らす方法です'],
  ['A', 4.5, 8, '僕松井が時間を見ます'],
  ['A', 8.2, 14, '改札の前に案内係を立てるのがいいと思います。'],
  ['B', 14.5, 20, 'ホームに次の電車の混み具合を表示するのがいいと思います。'],
  ['M', 20.5, 28, '松井さんの案に付け足すと、ホームの表示と同じ混み具合を改札でも流すといいと思います。'],
]);

describe('builds-on through a self-introduced name', () => {
  const report = analyseTranscript({
    transcript: NAMED,
    morphemes: morphemesFor(NAMED),
    eventType: 'group_discussion',
    generatedAt: '2026-01-01T00:00:00Z',
  });
  it('「松井さんの案に付け足すと」 builds on the speaker who called themselves 松井', () => {
    const ideas = report.groupDiscussion?.participants.flatMap((p) => p.keyPoints) ?? [];
    expect(ideas.find((idea) => idea.speaker === 'M')?.buildsOn).toBe('A');
  });
});
