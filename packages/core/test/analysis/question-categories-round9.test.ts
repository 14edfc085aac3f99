import { describe, expect, it } from 'vitest';
import { classifyQuestion } from '../../src/analysis/questions/question-classifier';
import { detectQuestion } from '../../src/analysis/questions/question-detector';
import type { QuestionCategory } from '../../src/index';

function classify(text: string, context = '') {
  const detection = detectQuestion(text) ?? { cue: 'sentence_final' as const, evidence: '' };
  return classifyQuestion({ text, context, detection, parentCategory: null });
}

/** Wordings of our own for the classes the ninth round found (blind12/13 and blind-list-12/13 seen). */
describe('categories from the ninth round: structures, not the sets’ wording', () => {
  it.each([
    // pressure imagined is how one bears it, however hypothetically put
    ['もし取引先の部長に人前で怒鳴られたとしたら、どうしますか。', 'stress'],
    ['住民の方から厳しい言葉をぶつけられた場合、あなたならどう受け止めますか。', 'stress'],
    // where we stand among the candidate's choices, and how far the other selections have got
    ['ぶっちゃけ、うちって第何志望？', 'job_search'],
    ['転職活動って今、何社くらい進んでます？', 'job_search'],
    // a business case put as a problem, and an estimate asked for
    ['この駅前のパン屋の売上を半年で二倍にするには、何から手をつけますか。', 'technical'],
    ['国内で一年に売れる傘の本数を、ざっくり見積もってもらえますか。', 'technical'],
    // 経歴 asked for, not the document named
    ['自己PRはいいので、経歴だけざっと話してください。', 'self_introduction'],
    // who helped inside a hardship story, and achieving something as a team
    ['そのとき、誰か支えてくれた人はいましたか。', 'teamwork'],
    ['サークルのみんなで何かを成し遂げた経験を聞かせてください。', 'teamwork'],
    // looking after juniors, and the size of the team one looks after
    ['新人さんの面倒って見てます？', 'management'],
    ['今は何名ほどのチームを見ているんですか。', 'management'],
    // how the job hunt is going, casually
    ['で、今就活どんな感じ？', 'job_search'],
    // the scene set by the present job does not make it a self-introduction
    ['今のお仕事で、一番うまくいったなと思う企画を一つ教えてください。', 'success'],
    // a situation, then what you would do
    ['発注を間違えて在庫が百個余ってたら、あなたならどうしますか。', 'hypothetical'],
    ['ベテランの職人さんに頭ごなしに否定されたとしたら、どうしますか。', 'stress'],
    // bringing up and leading people, said in other words
    ['塾では教育係もやってたんですよね。', 'management'],
    ['主任だと下に何人くらいつくんですか', 'management'],
    ['店長として、スタッフが続けて辞めたときどう手を打ちました？', 'management'],
    ['有給の消化も含めて、退職日はいつ頃になりそうですか。', 'conditions'],
    ['Reactで再描画が多発しているとき、どういう手順で原因を潰していきますか。', 'technical'],
    ['厨房では何人見とったんですか', 'management'],
    ['なかなか育たん子がおったらどうしよったん', 'management'],
    ['もしうちに来たら、どんな仕事がしてみたいですか。', 'career_plan'],
    // the motivation challenged with other companies
    ['それ、ほかの保険会社でも同じことができますよね。', 'motivation'],
    ['家具なら他社もあるやろ', 'motivation'],
    ['転職活動って、ほかにも何社か話聞いてます？', 'job_search'],
    ['パートさん十五人くらい見てたってことですか。', 'management'],
    ['人を動かすうえで気をつけてきたことは？', 'management'],
    // someone hard to work with, the notice period, a query to read, an estimate of people moving
    ['合わない先輩と組まされたことはあります？', 'teamwork'],
    ['苦手な上司とはどう付き合ってきました？', 'teamwork'],
    ['今の職場の引き継ぎって、どのくらいかかりそうですか。', 'conditions'],
    ['このクエリ、どこが重いと思います？', 'technical'],
    ['渋谷駅で一日に何人乗り換えしてると思う？', 'technical'],
    ['在宅勤務はどのくらいを希望されていますか。', 'conditions'],
    ['では改めて、ご自身の言葉で紹介していただけますか。', 'self_introduction'],
    ['たまにしか再現しないバグを見つけたら、まず何をしますか。', 'technical'],
    // a condition of the job, then whether the candidate accepts it
    ['そこは問題ありませんか。', 'conditions'],
    ['最初の二年は夜勤もあります。体力的にはいけそうですか。', 'conditions'],
  ] as const)('「%s」 is %s', (text, category: QuestionCategory) => {
    expect(classify(text).category).toBe(category);
  });

  it('reads neither the document 職務経歴書 nor one’s own appraisal (評価面談で褒められた) as its own topic', () => {
    expect(
      classify('職務経歴書に新規事業の立ち上げとありますが、そこで出した成果を教えてください。').category,
    ).not.toBe('self_introduction');
    expect(classify('評価面談で一番褒められたお仕事は何でしたか。').category).not.toBe('management');
  });

  it('does not read the document 経歴書 as a request for the career summary', () => {
    const decision = classify(
      '経歴書に、前の会社で新規事業が途中で止まったとありましたが、そのとき何が起きたんですか。',
    );
    expect(decision.category).not.toBe('self_introduction');
  });
});
