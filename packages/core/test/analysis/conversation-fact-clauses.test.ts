import { describe, expect, it } from 'vitest';
import { clausesOfFact } from '../../src/analysis/modes/fact-clauses';
import { visitFactsOf } from './support';

const factsOf = visitFactsOf;

describe('a sentence holding both the selection process and advice (#16 item 4)', () => {
  it('keigo: what an interview weighs (a reason) apart from what to prepare', () => {
    const facts = factsOf(
      '弊社の二次面接では、入社後に何をしたいかを特に重視していますので、事前に部署の仕事を調べておくと安心です。',
    );
    expect(facts.map(([kind]) => kind)).toEqual(['selection', 'advice']);
    expect(facts[0]?.[1]).toContain('特に重視しています');
  });

  it('ASR, casual, no punctuation: three spoken sentences, each with its own kind', () => {
    const facts = factsOf(
      'うちはグループ面接が二回あるんだけど協調性をしっかり見られてるよだから相手の話を最後まで聞くのを意識してみてあと内定は六月くらいに出るかな',
    );
    expect(facts.map(([kind]) => kind)).toEqual(['selection', 'advice', 'selection']);
    expect(facts[2]?.[1]).toContain('内定は六月');
  });

  it('ASR: advice followed by a question keeps the advice and drops the question', () => {
    const facts = factsOf('その経験いいねエピソードに数字を入れると説得力が増えるよ何人くらい集まったの');
    expect(facts).toEqual([['advice', 'その経験いいねエピソードに数字を入れると説得力が増えるよ']]);
  });

  it('a sentence of one kind stays whole, as it was said', () => {
    expect(factsOf('エントリーシートは三月に締め切って、そのあと適性検査があります。')).toEqual([
      ['selection', 'エントリーシートは三月に締め切って、そのあと適性検査があります。'],
    ]);
  });
});

describe('advice and culture without the usual words', () => {
  it('「〜すると…増える」: what doing something brings is advice, even when it names the interview', () => {
    expect(factsOf('工場見学に参加していただくと、面接でお話しいただける材料がかなり増えると思います。')).toEqual([
      ['advice', '工場見学に参加していただくと、面接でお話しいただける材料がかなり増えると思います。'],
    ]);
  });

  it('taking leave, transfers and work-location tracks are the culture', () => {
    const kinds = factsOf(
      '繁忙期が終わったらまとめて休む人が多いです。',
      'エリア限定の採用区分もあって、異動は本人の希望が優先です。',
    ).map(([kind]) => kind);
    expect(kinds).toEqual(['culture', 'culture']);
  });
});

describe('the words of spoken facts', () => {
  it('numbers as said, the people one works with, a step of the selection, a casual call to try', () => {
    expect(
      factsOf(
        '社員は三十代が中心ですね。',
        '上司との距離が近くて、気軽に声をかけられます。',
        '一次を通過した人には、現場の社員との面談が入ります。',
        '気になる部署があったら、社員の話を聞きに来てみてください。',
      ).map(([kind]) => kind),
    ).toEqual(['number', 'culture', 'selection', 'advice']);
  });

  it('a senior named in what the work is stays the work; the people alone are the culture', () => {
    const kinds = factsOf(
      '入社してしばらくは上司と一緒に取引先を回って、見積もりの作り方を覚えました。',
      '年の近い先輩が多くて、昼ご飯もよく一緒に行きます。',
    ).map(([kind]) => kind);
    expect(kinds).toEqual(['work', 'culture']);
  });

  it('an after-party (二次会) is no step of the selection', () => {
    expect(factsOf('歓迎会のあとは二次会に行く人も多いです。').map(([kind]) => kind)).not.toContain('selection');
  });
});

describe('clausesOfFact', () => {
  it('does not cut at a place name with から, after a short piece, or before あとで', () => {
    expect(clausesOfFact('東京から大阪へ転勤する人が多いです')).toHaveLength(1);
    expect(clausesOfFact('だから早めに準備しておくといいです')).toHaveLength(1);
    expect(clausesOfFact('面接のメモを取ってあとで見返すといいですよ')).toHaveLength(1);
  });
});
