import { describe, expect, it } from 'vitest';
import { classifyQuestion } from '../../src/analysis/questions/question-classifier';
import { detectQuestion } from '../../src/analysis/questions/question-detector';
import type { QuestionCategory } from '../../src/index';

function classify(text: string, context = '') {
  const detection = detectQuestion(text) ?? { cue: 'sentence_final' as const, evidence: '' };
  return classifyQuestion({ text, context, detection, parentCategory: null });
}

/** Wordings of our own for the classes the tenth round found (blind-list-18/19/20 seen, and blind26/27). */
describe('categories from the tenth round: structures, not the lists’ wording', () => {
  it.each([
    // the notice period, however it is asked, is a condition of the offer, not the reason for leaving
    ['退職の交渉には、どれくらいかかる見込みですか。', 'conditions'],
    ['今の職場の引き継ぎと退職交渉で、どのくらいの期間が要りそうですか。', 'conditions'],
    // the career named only to set the scene: what is asked in it names the topic
    ['ご経歴の中で、一番誇りに思っている仕事は何ですか。', 'success'],
    ['職務経歴を拝見すると二度転職されていますが、それぞれ何が決め手で辞められたんですか。', 'reason_for_change'],
    ['これまでのキャリアで胸を張れる実績を一つお願いします。', 'success'],
    // a topic put aside (「〜はあとで」「〜じゃなくて」「〜は結構です」) is not the one asked about
    ['志望動機はあとで聞くので、まずは今の仕事内容を教えてください。', 'self_introduction'],
    ['苦労話じゃなくて、うまくいった話のほうを聞かせてください。', 'success'],
    ['自己紹介は結構ですので、あなたの強みを教えてください。', 'strengths'],
    // a weakness asked as the other side of a strength, or as what one would change in oneself
    ['長所の裏返しになるような部分ってありますか。', 'weaknesses'],
    ['自分の性格で変えたいなと思うところは。', 'weaknesses'],
    ['ご自身で改善していきたいと思っている点を教えてください。', 'weaknesses'],
    ['improvement area として上司に言われそうなことは？', 'weaknesses'],
    // why here, challenged or asked in other words
    ['同じような会社はいくらでもあるのに、うちじゃなきゃダメな理由ってなんですか。', 'motivation'],
    ['競合でなく弊社でなければならない理由をお聞かせください。', 'motivation'],
    ['わざわざうちに来てまでやりたいことって何なんでしょう。', 'motivation'],
    ['Why us, honestly?', 'motivation'],
    // strengths in other words
    ['自分のええとこって、どこやと思う？', 'strengths'],
    ['どの職場でも通用する力って、何だと思いますか。', 'strengths'],
    // a hardship in other words, in English too
    ['What was the hardest thing you had to deal with at work?', 'hardship'],
    ['転職してすぐの頃、戸惑ったことはありましたか。', 'hardship'],
    // a team split, and working with people of different drive
    ['もしチームの意見が二つに分かれたら、どうまとめますか。', 'teamwork'],
    ['やる気に温度差のあるメンバーとは、どう付き合ってきましたか。', 'teamwork'],
    // the path ahead: player or manager, after some years, the career drawn
    ['ずっと現場でいたいですか、それとも管理職に進みたいですか。', 'career_plan'],
    ['うちで数年働いたあと、どんな自分になっていたいですか。', 'career_plan'],
    // values: a saying or a way of thinking put to the candidate, a choice between two goods
    ['「お客様は神様」ってよく言いますけど、それについてどう思いますか。', 'values'],
    ['スピードと正確さ、どちらを優先するタイプですか。', 'values'],
    // stress: dwelling on a setback, an unreasonable order, burning out
    ['ミスをずるずる引きずるほうですか。', 'stress'],
    ['上から無茶な要求をされたら、どう消化してますか。', 'stress'],
    ['この仕事、燃え尽きたりしない自信ありますか。', 'stress'],
    // the job hunt: how many firms, what matters in choosing, whether we come first
    ['最終的には何社くらいから選ぶつもりですか。', 'job_search'],
    ['転職するうえで外せない条件って何ですか。', 'job_search'],
    ['正直、うちが第一志望？', 'job_search'],
    // management: keeping a member who wants to leave, a junior's mistake to answer for
    ['辞めたいと言い出した部下を引き止めたことはありますか。', 'management'],
    ['後輩のミスの責任を取らなきゃいけなかったとき、どう動きましたか。', 'management'],
    // technical: an estimate asked with the quantity after the thing, a business case put as a fall
    ['日本で一日に飲まれる缶コーヒーの本数って、どのくらいだと思いますか。', 'technical'],
    ['ある商店街の来客数が五年で三割減っています。原因として何が考えられますか。', 'technical'],
    ['ご専門の立場から、この制度変更の影響を説明していただけますか。', 'technical'],
    // conditions: a transfer put as a case, a side job kept, how many night shifts one can take
    ['来月から福岡の支店で働いてほしいと言われたら、どうします？', 'conditions'],
    ['副業は入社後も続けるおつもりですか。', 'conditions'],
    ['土日の出勤は月に何回までなら大丈夫ですか。', 'conditions'],
    // reason for change in English and in other words
    ['So what made you start looking for a new job?', 'reason_for_change'],
    ['今の会社から外に出ようと思ったのは、何がきっかけですか。', 'reason_for_change'],
    // a hypothetical in English
    ['Imagine your manager leaves in your first week. What would you do?', 'hypothetical'],
    // the career so far, asked as where one has been and what one did
    ['まずは、どこで何をしてきたのかをざっと教えてください。', 'self_introduction'],
    // what one does at the present company is the introduction, not the reason for leaving it
    ['今の職場では何を担当してるんですか。', 'self_introduction'],
    // why the candidate came to look at us, in any dialect's ending
    ['そもそも、どうしてうちみたいな物流の会社を見てくれたんですか。', 'motivation'],
    ['なんで地銀なのさ メガバンクじゃなくて', 'motivation'],
    // a strength that backfired
    ['その粘り強さが裏目に出たことは。', 'weaknesses'],
    // opinions that would not come together, and someone else described
    ['メンバーの意見がまとまらないときは、どうしていましたか。', 'teamwork'],
    ['一緒に働いていた店長って、どんな人でした？', 'teamwork'],
    // what keeps one going
    ['仕事をしていて、何があると頑張れますか。', 'values'],
    // how serious the move is
    ['転職、今どれくらい本気で考えてます？', 'job_search'],
    // a role imagined with として
    ['あなたが病院の購買担当だったとして、この機器を選ぶ決め手は何にしますか。', 'hypothetical'],
    // a quantity judged, and work shown or analysed
    ['この施策に、予算はどのくらいまで出していいと考えますか。', 'technical'],
    ['ポートフォリオの二枚目、このロゴはどういう意図で作りました？', 'technical'],
  ] satisfies Array<[string, QuestionCategory]>)('%s → %s', (text, category) => {
    expect(classify(text).category).toBe(category);
  });
});
