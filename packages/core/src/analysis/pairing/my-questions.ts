import { detectQuestion } from '../questions/question-detector';
import { sentencesOfTurn } from '../questions/question-finder';
import type { MyQuestion } from '../report';
import { isBackchannel, isCompanySide, type Turn } from '../turns';
import { spanOfTurns } from './answer-span';

/** The company side closing the session is no answer to anything: 以上で終了します, 本日はありがとうございました. */
const CLOSING = /(以上で|これで).*(終了|終わ)|本日は(以上|ありがとうございました)|お疲れ(さま|様)でした/;

/**
 * Questions asked by speakers of a role (me: 逆質問; other candidates in a roundtable) and the company
 * side's answers. A question hands the turn over, so only a turn that ends with a question counts: a
 * rhetorical question inside an answer (〜ではないでしょうか。そこで…) does not.
 */
export function questionsAskedBy(turns: readonly Turn[], role: 'me' | 'candidate'): MyQuestion[] {
  const found: MyQuestion[] = [];
  turns.forEach((turn, index) => {
    if (turn.role !== role) return;
    const sentences = sentencesOfTurn(turn);
    const last = sentences[sentences.length - 1];
    if (!last || !detectQuestion(last.text)) return;
    const asked = sentences.filter((sentence) => detectQuestion(sentence.text) !== null);
    const first = asked[0];
    if (!first) return;
    const question = {
      segmentIds: [...new Set(asked.map((sentence) => sentence.segmentId))],
      startMs: first.segmentStartMs,
      endMs: last.segmentEndMs,
      text: asked.map((sentence) => sentence.text).join(''),
    };
    found.push({
      id: `${role === 'me' ? 'm' : 'o'}${found.length + 1}`,
      question,
      answer: spanOfTurns(replies(turns, index)),
    });
  });
  return found;
}

function replies(turns: readonly Turn[], questionIndex: number): Turn[] {
  const answer: Turn[] = [];
  for (let index = questionIndex + 1; index < turns.length; index += 1) {
    const turn = turns[index];
    if (!turn || !isCompanySide(turn.role) || CLOSING.test(turn.text)) break;
    if (answer.length === 0 && isBackchannel(turn.text)) continue;
    answer.push(turn);
  }
  return answer;
}
