import { describe, expect, it } from 'vitest';
import { answerTurns, spanOfTurns } from '../../src/analysis/pairing/answer-span';
import { questionsAskedBy } from '../../src/analysis/pairing/my-questions';
import { buildTurns } from '../../src/analysis/turns';
import { transcript } from './support';

describe('my answer to a question', () => {
  it("spans my turns across the interviewer's backchannel and stops when they speak with substance", () => {
    const turns = buildTurns(
      transcript({ I: 'interviewer', M: 'me' }, [
        ['I', 0, 2, 'チームで意見が対立したときは？'],
        ['M', 3, 6, '相手の意見を最後まで聞きます。'],
        ['I', 6.2, 6.5, 'はい。'],
        ['M', 7, 12, '具体的には、去年検証をしました。'],
        ['I', 13, 16, 'ありがとうございます。では今後のキャリアは？'],
      ]),
    );
    const span = spanOfTurns(answerTurns(turns, 0, 4));
    expect(span?.segmentIds).toEqual(['seg-2', 'seg-4']);
    expect(span?.text).toBe('相手の意見を最後まで聞きます。具体的には、去年検証をしました。');
  });

  it('finds my answer after other candidates in a group interview, and none when the question went elsewhere', () => {
    const turns = buildTurns(
      transcript({ I: 'interviewer', A: 'candidate', M: 'me' }, [
        ['I', 0, 2, '順番に自己紹介をお願いします。'],
        ['A', 3, 6, '佐藤です。'],
        ['M', 7, 9, '藤田です。'],
        ['I', 10, 12, '佐藤さん、アルバイトで工夫したことは？'],
        ['A', 13, 15, 'メモを統一しました。'],
        ['I', 16, 18, '藤田さん、苦労したことは？'],
      ]),
    );
    expect(answerTurns(turns, 0, 3).map((turn) => turn.speaker)).toEqual(['M']);
    expect(answerTurns(turns, 3, 5)).toEqual([]);
  });

  it("lists my questions with the company side's answer, not a closing remark", () => {
    const turns = buildTurns(
      transcript({ I: 'interviewer', M: 'me' }, [
        ['I', 0, 2, '最後に何か質問はありますか。'],
        ['M', 3, 6, 'はい。チームは何名ですか。'],
        ['I', 7, 10, '二十名ほどです。'],
        ['M', 11, 12, 'ありがとうございます。これが大事なのではないでしょうか。そこで質問は以上です。'],
        ['I', 13, 15, '本日はありがとうございました。'],
      ]),
    );
    const mine = questionsAskedBy(turns, 'me');
    expect(mine).toHaveLength(1);
    expect(mine[0]?.question.text).toBe('チームは何名ですか。');
    expect(mine[0]?.answer?.segmentIds).toEqual(['seg-3']);
  });
});
