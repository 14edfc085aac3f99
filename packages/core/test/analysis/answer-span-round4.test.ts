import { describe, expect, it } from 'vitest';
import { answerTurns, spanOfTurns } from '../../src/analysis/pairing/answer-span';
import { buildTurns } from '../../src/analysis/turns';
import { transcript } from './support';

describe('my answer, fourth round of pairing', () => {
  it('ends before a segment of mine that asks the company side something (an OB/OG visit)', () => {
    const turns = buildTurns(
      transcript({ O: 'interviewer', M: 'me' }, [
        ['O', 0, 2, 'そもそもなんで出版に興味持ったの'],
        ['M', 3, 6, '図書委員で本の紹介文を書いていたのが楽しかったからです'],
        ['M', 6.5, 8, '編集の方って一日どんなふうに過ごしてるんですか'],
        ['O', 9, 12, '午前は原稿を読んで午後は打ち合わせが多いかな'],
      ]),
    );
    expect(spanOfTurns(answerTurns(turns, 0, null))?.segmentIds).toEqual(['seg-2']);
  });

  it('keeps searching past the company side answering another candidate’s question in a group interview', () => {
    const turns = buildTurns(
      transcript({ I: 'interviewer', A: 'candidate', M: 'me' }, [
        ['I', 0, 2, '最後に、皆さんから何か質問はありますか。'],
        ['A', 3, 5, '入社前に取っておくといい資格はありますか。'],
        ['I', 6, 9, '特にありません。入ってから学べば十分です。'],
        ['M', 10, 13, '若手のうちに海外の案件に関わる機会はありますか。'],
      ]),
    );
    expect(answerTurns(turns, 0, null).map((turn) => turn.speaker)).toEqual(['M']);
  });

  it('still finds none when the company side moved on after another candidate answered', () => {
    const turns = buildTurns(
      transcript({ I: 'interviewer', A: 'candidate', M: 'me' }, [
        ['I', 0, 2, '佐藤さん、ゼミでは何を研究していますか。'],
        ['A', 3, 5, '地域の交通について調べています。'],
        ['I', 6, 9, 'なるほど、面白いテーマですね。私も学生のころ似たことを調べていました。'],
        ['M', 10, 13, '私も交通に関心があります。'],
      ]),
    );
    expect(answerTurns(turns, 0, null)).toEqual([]);
  });
});
