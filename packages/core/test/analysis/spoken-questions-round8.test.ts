import { describe, expect, it } from 'vitest';
import { detectQuestion } from '../../src/analysis/questions/question-detector';
import { analyseAs, turnTaking } from './support';

describe('spoken questions the eighth round found (casual, regional, unpunctuated)', () => {
  it.each([
    // a hint tacked on after the question in an unpunctuated turn
    '今までで一番悔しかったことって何 バイトの話でもいいよ',
    '東京にコンビニって何軒あると思います ざっくりでいいです',
    '最初に簡単な自己紹介お願いできます 三十秒くらいで',
    // regional copula and verb forms after an interrogative
    '大学で一番打ち込んだことって何やと思う',
    'お休みの日は何しよるん',
    // the same question put to the next candidate, and the prompt put casually
    '田中さん、同じ質問で。',
    // a discussion's theme run into the opener by ASR
    'それではディスカッションを始めていただきますテーマは商店街の空き店舗の使い道です',
    '最後になんか気になることある',
    // drill-downs that only ask for more
    'その時期の経緯をかんたんに',
    'でそのあとは',
    '繁忙期ってたとえば',
    'チーム運営っていうと',
    '地域密着、と申しますと。',
    '今までで一番焦ったとこって',
    '自分の中で曲げられないこと、一つだけ。',
  ])('「%s」 is a question', (text) => {
    expect(detectQuestion(text)).not.toBeNull();
  });

  it.each([
    '山田さん、こんばんは。',
    'どうぞおかけになってください。',
    '本日はよろしゅうお願いします',
    '最初の頃は黙ってると何しに来たのって言われる',
    '繁忙期は月に何回か泊まりになるかな',
    'バイトの話でもいいよ',
    // そいつ is no いつ, and どちらも is no どちら
    'そいつが一番しゃべってたね',
    '説明会と座談会、どちらも出ておくといい',
  ])('「%s」 is no question', (text) => {
    expect(detectQuestion(text)).toBeNull();
  });
});

/** Interviewer I and me M taking turns, two seconds each. */
function exchange(lines: Array<['I' | 'M', string]>) {
  return analyseAs(turnTaking({ I: 'interviewer', M: 'me' }, lines), 'interview');
}

describe('questions only the rising tone made, eighth round (where my reply is expected)', () => {
  const around = (statement: string, reply: string) =>
    exchange([
      ['I', '今のお仕事について教えてください'],
      ['M', '食品工場で品質管理を担当しています'],
      ['I', statement],
      ['M', reply],
    ]).questions.map((q) => q.question.text);

  it.each([
    // whether the candidate is fine with something, however it is put
    'うちは地方の現場も多いんですけど大丈夫',
    '土曜の出勤もあります いいんですね',
    '夜勤がある部署なんですけどそのへんは気になります',
    // regional endings, even about the speaker's own side
    '就活はもう何社か受けとるん',
    'うちが本命なん',
    // a cleft, a feeling to confirm, something like, the casual の, a topic word alone
    'そのアイデア出したのって藤本さん本人',
    'もう今の仕事には飽きた感じ',
    '面接で緊張した経験とかある',
    '今の会社って副業とか禁止されてないの',
    '長所',
    // whether something did not happen, asked plainly (ninth round)
    'そのとき上司とはぶつからなかった',
    'やり方で揉めたりはしなかった',
  ])('「%s」 is a question', (statement) => {
    expect(around(statement, 'はいそうですね二年前から考えていました')).toContain(statement);
  });

  it.each(['了解', 'うちはどこの工場も残業は少なめです'])('「%s」 stays a remark', (statement) => {
    expect(around(statement, 'なるほどありがとうございます')).not.toContain(statement);
  });
});
