import { describe, expect, it } from 'vitest';
import { fold, romajiOf } from '../../src/analysis/modes/gd-mentions';
import { analyseTranscript, type Morpheme } from '../../src/index';
import { morphemesFor, transcript } from './support';

type Row = [string, number, number, string];

/** Readings a dictionary gives these family names (the crude test morphemes carry none). */
const READINGS: Record<string, string> = { 遠藤: 'エンドウ', 大野: 'オオノ' };

/** The crude morphemes with a dictionary's reading of a name, and さん a word of its own (as kuromoji has it). */
function withNameReadings(list: readonly Morpheme[]): Morpheme[] {
  return list.flatMap((m) => {
    const named = { ...m, reading: READINGS[m.surface] ?? m.reading };
    if (!m.surface.startsWith('さん') || m.surface === 'さん') return [named];
    const rest = m.surface.slice(2);
    return [
      { ...named, surface: 'さん', basicForm: 'さん' },
      { ...named, surface: rest, basicForm: rest, start: m.start + 2 },
    ];
  });
}

/** Whom each idea builds on, in a discussion whose people the export labels as `labels`. */
function buildsOn(labels: Record<string, string>, rows: Row[]): Array<[string, string | null]> {
  const content = transcript(
    Object.fromEntries(['S', ...Object.keys(labels)].map((key) => [key, key === 'S' ? 'interviewer' : 'candidate'])),
    [['S', 0, 4, 'テーマは、地方の温泉街に若い観光客を呼ぶ施策です。始めてください。'], ...rows],
  );
  for (const speaker of content.speakers) speaker.label = labels[speaker.key] ?? speaker.label;
  const morphemes = Object.fromEntries(
    Object.entries(morphemesFor(content)).map(([id, list]) => [id, withNameReadings(list)]),
  );
  const gd = analyseTranscript({
    transcript: content,
    morphemes,
    eventType: 'group_discussion',
    generatedAt: '2026-01-01T00:00:00Z',
  }).groupDiscussion;
  return (gd?.participants.flatMap((p) => p.keyPoints) ?? []).map((idea) => [idea.segmentId, idea.buildsOn ?? null]);
}

describe('naming the person an idea builds on (#16 item 3)', () => {
  it('a kanji family name matches a romanised label (Endo, Ohno) by its reading', () => {
    // Each builder shares its first content word with the other person's idea: only the name says whose it is.
    const ideas = buildsOn({ A: 'Kenta Endo', B: 'Ohno Saki', C: 'Mio', D: 'Sota' }, [
      ['A', 5, 12, '足湯のそばに写真を撮れる場所を作るのがいいと思います。'],
      ['B', 13, 20, '写真映えする看板を駅前に置くのはどうでしょう。'],
      ['C', 21, 30, '遠藤さんの案に付け足すと、駅前の看板に足湯までの地図を載せるといいと思います。'],
      ['D', 31, 40, '大野さんの意見に加えて、足湯の写真を投稿した人に割引券を配るといいと思います。'],
    ]);
    expect(ideas).toContainEqual(['seg-4', 'A']);
    expect(ideas).toContainEqual(['seg-5', 'B']);
  });

  it('ASR: a number or a role stands for the person (3番の方, 司会の方)', () => {
    const ideas = buildsOn({ A: '話者2', B: '話者3', C: '話者4' }, [
      ['A', 5, 9, '僕が司会をやりますね'],
      ['A', 10, 16, '地元の食べ歩きマップを作るのがいいと思います'],
      ['B', 17, 24, '外国の人向けに英語の案内を増やすべきだと思います'],
      ['C', 25, 33, '3番の方の案に乗っかって英語の案内にQRコードを付けて動画で見られるようにするといいと思います'],
      ['B', 34, 42, '司会の方のマップの案に加えて季節ごとにお店を入れ替えればリピーターも来ると思います'],
    ]);
    expect(ideas).toContainEqual(['seg-5', 'B']);
    expect(ideas).toContainEqual(['seg-6', 'A']);
  });
});

describe('romanising a reading', () => {
  it('spells long vowels, contracted and doubled sounds as labels do', () => {
    expect(romajiOf('エンドウ')).toBe('endou');
    expect(romajiOf('キョウコ')).toBe('kyouko');
    expect(romajiOf('ハットリ')).toBe('hattori');
    expect(romajiOf('シュンスケ')).toBe('shunsuke');
    expect(fold(romajiOf('オオノ'))).toBe(fold('Ohno'));
    expect(fold(romajiOf('ナンバ'))).toBe(fold('Namba'));
  });
});
