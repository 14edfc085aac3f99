import { describe, expect, it } from 'vitest';
import { analyseTranscript, renderReportMarkdown } from '../../src/index';
import { analyseAs, morphemesFor, transcript } from './support';

// An OB visit: the OB invites questions, answers about selection with advice holding an indirect question.
const VISIT = transcript({ O: 'interviewer', M: 'me' }, [
  ['O', 0, 6, '今日は一時間あるので、気軽に何でも聞いてね。'],
  ['M', 6.5, 10, 'ありがとうございます。選考の流れを教えていただけますか。'],
  [
    'O',
    10.5,
    30,
    '書類のあとに適性検査があって、面接は全部で三回です。最終面接ではなぜこの業界なのかを必ず聞かれるので、自分の経験と結びつけて話せるようにしておくといいですよ。',
  ],
  ['M', 30.5, 33, '部署の雰囲気はどうですか。'],
  ['O', 33.5, 40, '若手にも任せてくれる雰囲気です。'],
]);

describe('OB/OG visit facts (#16 items 2 and 4)', () => {
  const report = analyseTranscript({
    transcript: VISIT,
    morphemes: morphemesFor(VISIT),
    eventType: 'ob_og_visit',
    generatedAt: '2026-01-01T00:00:00Z',
  });

  it('takes neither the invitation nor the advice with an indirect question for a question to me', () => {
    expect(report.questions).toEqual([]);
  });

  it('keeps the selection process and the advice, each with its moment', () => {
    const facts = report.conversation?.facts ?? [];
    // The second sentence holds both: what the last interview asks (selection), then how to prepare (advice).
    expect(facts.map((fact) => [fact.kind, fact.segmentId, fact.atMs])).toEqual([
      ['selection', 'seg-3', 10_500],
      ['selection', 'seg-3', 10_500],
      ['advice', 'seg-3', 10_500],
      ['culture', 'seg-5', 33_500],
    ]);
    const markdown = renderReportMarkdown(report);
    expect(markdown).toContain('### 選考について');
    expect(markdown).toContain('### 選考へのアドバイス');
  });
});

describe('OB/OG facts without a number or a keyword of their own', () => {
  const ANSWERS = transcript({ O: 'interviewer', M: 'me' }, [
    ['O', 0, 4, '今日は何でも聞いてくださいね。'],
    ['M', 4.5, 8, '書類の提出期限はいつ頃でしょうか。'],
    ['O', 8.5, 14, '例年だと二月の終わりくらいかな。余裕を持って準備してね。'],
    ['M', 14.5, 18, 'お仕事で一番きついのはどんなときですか。'],
    ['O', 18.5, 24, '年度末の決算期ですね。'],
    ['M', 24.5, 28, '面接ではどんな話をするのがいいでしょうか。'],
    ['O', 28.5, 36, '成果の大きさより、周りをどう巻き込んだかを話す方が伝わると思う。数字は一つあるのが一番です。'],
  ]);
  const report = analyseAs(ANSWERS, 'ob_og_visit');
  const facts = report.conversation?.facts ?? [];

  it("an answer takes the topic of the student's question: a date answering a selection question is the selection", () => {
    expect(facts.find((fact) => fact.text.includes('二月の終わり'))?.kind).toBe('selection');
  });

  it("keeps the answer's first sentence even without a keyword of its own", () => {
    expect(facts.find((fact) => fact.text.includes('決算期'))?.kind).toBe('work');
  });

  it('reads 〜す方が伝わる and 〜のが一番 as advice', () => {
    const advice = facts.filter((fact) => fact.kind === 'advice').map((fact) => fact.text);
    expect(advice).toContain('成果の大きさより、周りをどう巻き込んだかを話す方が伝わると思う。');
    expect(advice).toContain('数字は一つあるのが一番です。');
  });
});

describe('OB/OG facts, fourth round: one spoken sentence holding the selection and advice', () => {
  const RUN_ON = transcript({ O: 'interviewer', M: 'me' }, [
    ['M', 0, 4, 'エントリーシートで気をつけることってありますか'],
    ['O', 4.5, 20, '志望理由は一行目に結論を書いとくといいよあと提出期限は例年一月の末だから余裕を持って準備してね'],
    ['M', 20.5, 24, '説明会には出た方がいいですか'],
    ['O', 24.5, 32, 'ひとつアドバイスすると、説明会より工場の見学会に来ると面接で話せることがぐっと増えるよ。'],
  ]);
  const facts = analyseAs(RUN_ON, 'ob_og_visit').conversation?.facts ?? [];

  it('keeps the clauses apart by kind', () => {
    expect(facts.find((fact) => fact.text.includes('一行目に結論'))?.kind).toBe('advice');
    expect(facts.find((fact) => fact.text.includes('一月の末'))?.kind).toBe('selection');
  });

  it('a sentence announced as advice stays whole, and a step with what it gains is advice', () => {
    expect(facts.find((fact) => fact.text.includes('見学会'))?.kind).toBe('advice');
  });
});
