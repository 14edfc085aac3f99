import { describe, expect, it } from 'vitest';
import { analyseAs, turnTaking } from './support';

/** Interviewer I and me M taking turns, two seconds each. */
function exchange(lines: Array<['I' | 'M', string]>, eventType: 'interview' | 'ob_og_visit' = 'interview') {
  return analyseAs(turnTaking({ I: 'interviewer', M: 'me' }, lines), eventType);
}

const asked = (report: ReturnType<typeof exchange>) => report.questions.map((q) => [q.question.text, q.detection.cue]);

describe('statements left for the candidate to take up (hedged, tag and casual endings)', () => {
  it.each([
    '百人の前で話すのは、かなり緊張したと思うんですけど。',
    '同じ規模の病院なら、県内にもいくつかありますよね。',
    '締め切りに間に合わない週ってありました',
    'ほかにも人材系の会社とか受けてます',
    'それだけ続けていれば、後輩の指導も任されているんでしょうね。',
    'ご家族の理解も得られているのかなと思って。',
    // ASR dropped the か: whether something exists, what would have happened otherwise.
    '五年後の自分のイメージってあります',
    'その誘いがなかったら今も研究を続けてました',
  ])('「%s」 right after my answer, and answered by me, is a question', (statement) => {
    const report = exchange([
      ['I', '学生時代に力を入れたことを教えてください。'],
      ['M', '病院のボランティアで、百人の前で説明会を開きました。'],
      ['I', statement],
      ['M', 'はい、ありました。'],
    ]);
    expect(asked(report)).toContainEqual([statement, 'statement']);
  });

  it('is no question when it answers my own question, when the speaker tells about their side, or in an OB/OG visit', () => {
    const answeringMe = exchange([
      ['I', '何か質問はありますか。'],
      ['M', '残業は多いですか。'],
      ['I', '繁忙期は多いと思うんですけど。'],
      ['M', 'ありがとうございます。'],
    ]);
    expect(answeringMe.questions.map((q) => q.question.text)).toEqual(['何か質問はありますか。']);
    const ownSide = exchange([
      ['I', '志望動機を教えてください。'],
      ['M', '地域の物流を支えたいからです。'],
      ['I', 'うちは地方の拠点が多いんですけど。'],
      ['M', 'はい、存じております。'],
    ]);
    expect(ownSide.questions).toHaveLength(1);
    const visit = exchange(
      [
        ['I', 'どうしてうちに興味を持ったの？'],
        ['M', '素材の研究をしていたからです。'],
        ['I', '研究の話は面接でもよく聞かれると思うんですけど。'],
        ['M', 'はい。'],
      ],
      'ob_og_visit',
    );
    expect(visit.questions).toHaveLength(1);
    const praise = exchange([
      ['I', '学生時代に力を入れたことを教えてください。'],
      ['M', '百人の前で説明会を開きました。'],
      ['I', 'それはすごいですよね。'],
      ['M', 'ありがとうございます。'],
    ]);
    expect(praise.questions).toHaveLength(1);
  });

  it('needs the candidate to reply: a statement the interviewer goes on from is none', () => {
    const report = exchange([
      ['I', '強みを教えてください。'],
      ['M', '粘り強さです。'],
      ['I', '粘り強さは営業で大事だと思うんですけど。'],
      ['I', '次に、弱みを教えてください。'],
      ['M', '心配性なところです。'],
    ]);
    expect(report.questions.map((q) => q.detection.cue)).not.toContain('statement');
  });

  it('needs a reply with substance, and a preface (「次の質問ですが」) announces a question still to come', () => {
    const acknowledged = exchange([
      ['I', '強みを教えてください。'],
      ['M', '粘り強さです。'],
      ['I', '粘り強さは営業で大事だと思うんですけど。'],
      ['M', 'はい。'],
    ]);
    expect(acknowledged.questions).toHaveLength(1);
    const preface = exchange([
      ['I', '強みを教えてください。'],
      ['M', '粘り強さです。'],
      ['I', 'ありがとうございます。では、次の質問なんですが。'],
      ['M', 'はい、お願いします。どんなことでもお答えします。'],
    ]);
    expect(preface.questions).toHaveLength(1);
  });
});

describe('questions only the rising tone made, in an unpunctuated transcript', () => {
  it.each([
    // an interrogative with a plain or polite ending
    'そのバッチは何で動かしてました',
    'うちは営業が少人数なんですけど前職ではどのくらいの件数を持ってました',
    '障害の連絡が夜中に来たとしてまずどこから調べます',
    // an existence question, a confirmation, a condition alone — each with its か dropped (a request with its か
    // dropped, 「教えてもらえます」, is asked outright since the ninth round: spoken-questions-round9)
    'この仕事で譲れないところってあります',
    '同じ業界でほかにも面接進んでたりします',
    'では内定が出たらほかは辞退されるということですね',
    '担当の先輩が急に休んだら',
  ])('「%s」 right after my answer, and answered by me, is a question', (statement) => {
    const report = exchange([
      ['I', '今のお仕事について教えてください'],
      ['M', '物流会社で配車の仕組みを作っています'],
      ['I', statement],
      ['M', 'そうですね三年ほど担当していました'],
    ]);
    expect(asked(report)).toContainEqual([statement, 'statement']);
  });

  it.each([
    // the interrogative sits in an indirect question, or is an indefinite word
    '何を優先するかは配属先で決めてもらいます',
    'どんな人でも最初は苦労します',
    // the speaker's own side, and advice worded as why not try
    'うちはどこの部署も残業は少なめです',
    '一度現場を見てみたら',
  ])('「%s」 stays a remark', (statement) => {
    const report = exchange([
      ['I', '今のお仕事について教えてください'],
      ['M', '物流会社で配車の仕組みを作っています'],
      ['I', statement],
      ['M', 'なるほどありがとうございます'],
    ]);
    expect(report.questions.map((q) => q.question.text)).not.toContain(statement);
  });
});
