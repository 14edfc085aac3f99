import { describe, expect, it } from 'vitest';
import { clausesOfFact } from '../../src/analysis/modes/fact-clauses';
import { analyseAs, transcript, visitFactsOf } from './support';

const factsOf = visitFactsOf;

/** The facts of one answer of the OB (O) to a question of mine (M). */
function answerFacts(question: string, answer: string): Array<[string, string]> {
  const report = analyseAs(
    transcript({ O: 'interviewer', M: 'me' }, [
      ['M', 0, 4, question],
      ['O', 5, 20, answer],
    ]),
    'ob_og_visit',
  );
  return (report.conversation?.facts ?? []).map((fact) => [fact.kind, fact.text]);
}

const kinds = (facts: Array<[string, string]>) => facts.map(([kind]) => kind);

describe('ASR speech whose pauses are spaces', () => {
  it('a pause ends a spoken sentence: the selection and the advice after it are two facts', () => {
    const facts = factsOf('うちは二次まで全部オンラインの面接だったよ 会社のアプリは一回触ってみといたほうがいい');
    expect(kinds(facts)).toEqual(['selection', 'advice']);
    expect(facts[0]?.[1]).toBe('うちは二次まで全部オンラインの面接だったよ');
  });

  it('an invitation run into the self-introduction is left out, the introduction kept', () => {
    const facts = factsOf('はじめまして前田です 入社四年目で経理をやってます 今日は何でも聞いてね');
    expect(facts.some(([, text]) => text.includes('経理をやってます'))).toBe(true);
    expect(facts.some(([, text]) => text.includes('何でも聞いて'))).toBe(false);
  });

  it('a pause after or before a particle is inside the sentence', () => {
    expect(clausesOfFact('毎回聞かれたのは どうしてこの街なのか って話だね')).toHaveLength(1);
    expect(clausesOfFact('毎回聞かれたのは どうしてこの街なのか 準備しといて')).toHaveLength(2);
  });

  it('「〜と思うよ」 then うちの…: the company as a new topic starts a new sentence', () => {
    const facts = factsOf(
      'それ面接で刺さると思ううちは二次がケース面接だから地図アプリの改善案を一個考えといて'.replace('思う', '思うよ'),
    );
    expect(kinds(facts)).toEqual(['advice', 'selection', 'advice']);
  });
});

describe('a figure, a reason and a step inside one spoken sentence', () => {
  it('a figure in a statement that goes on (〜で、) is a detail of the point it leads to', () => {
    expect(factsOf('年間休日は百二十日ほどで、繁忙期以外は定時で帰る人がほとんどです。')).toEqual([
      ['culture', '年間休日は百二十日ほどで、繁忙期以外は定時で帰る人がほとんどです。'],
    ]);
  });

  it('〜て、 keeps apart two points of different kinds', () => {
    expect(
      kinds(factsOf('若手のうちは先輩の案件で資料作りを担当して、面接官として学生と話すこともあります。')),
    ).toEqual(['work', 'selection']);
  });

  it('a reason of no kind goes with what it explains, not with what came before', () => {
    const facts = factsOf('最終面接には役員が出てきて、役員はみんな穏やかな人なので、肩の力を抜いて話すといいですよ。');
    expect(kinds(facts)).toEqual(['selection', 'advice']);
    expect(facts[1]?.[1]).toContain('穏やかな人なので');
  });

  it("a lead-in (〜ので、) takes no kind from the student's question: the answer after it does", () => {
    expect(answerFacts('残業はどのくらいありますか。', '人によるので、平均すると月二十時間くらいです。')).toEqual([
      ['number', '人によるので、平均すると月二十時間くらいです。'],
    ]);
  });
});

describe('advice without the usual words', () => {
  it('〜ないほうが, any ば-form with what it gains, and what is enough (〜れば大丈夫)', () => {
    expect(
      kinds(
        factsOf(
          '緊張しても早口にならないほうが印象はいいですね。',
          '志望動機には自分が使った体験を書けば伝わりますよ。',
          '完璧な答えじゃなくても、自分の言葉で話せれば大丈夫です。',
        ),
      ),
    ).toEqual(['advice', 'advice', 'advice']);
  });

  it("a verdict on the student's own material, and material to talk about that grows", () => {
    expect(
      kinds(
        factsOf('そのエピソードは面接でもそのまま使えるよ。', '店舗を何軒か回るだけで話せる中身がかなり変わります。'),
      ),
    ).toEqual(['advice', 'advice']);
  });

  it('what made one pass, and how long before a step one started, told as a story', () => {
    expect(
      kinds(
        factsOf(
          '結論を最初に言うようにしたら通過するようになったんだよね。',
          '面接の二週間前には想定問答を書き出し始めてた。',
        ),
      ),
    ).toEqual(['advice', 'advice']);
  });
});

describe('the selection, the work and the culture', () => {
  it('what they look at as a cleft (見ているのは…) is the selection', () => {
    expect(kinds(factsOf('見ているのは、失敗したときにどう立て直したかです。'))).toEqual(['selection']);
  });

  it('paperwork and watching the news are the work, not a document screening nor what interviewers look at', () => {
    expect(
      kinds(
        factsOf(
          '午後は現場の書類をまとめて、翌日の段取りを決めます。',
          '朝はニュースを見て、そのあと営業先を回ります。',
        ),
      ),
    ).toEqual(['work', 'work']);
  });

  it('a flat hierarchy and weekend shifts are the culture', () => {
    expect(kinds(factsOf('年次に関係なく企画会議で案が通ります。', '土日出勤が多いです。'))).toEqual([
      'culture',
      'culture',
    ]);
  });
});
