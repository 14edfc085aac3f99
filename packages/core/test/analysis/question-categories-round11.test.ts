import { describe, expect, it } from 'vitest';
import { classifyQuestion, keywordScores } from '../../src/analysis/questions/question-classifier';
import { detectQuestion } from '../../src/analysis/questions/question-detector';
import type { QuestionCategory } from '../../src/index';

function classify(text: string, parentCategory: QuestionCategory | null = null) {
  const detection = detectQuestion(text) ?? { cue: 'sentence_final' as const, evidence: '' };
  return classifyQuestion({ text, context: '', detection, parentCategory });
}

/** Wordings of our own for the classes the eleventh round found (blind-list-21/22 seen, and blind28/29/30). */
describe('categories from the eleventh round: structures, not the lists’ wording', () => {
  it.each([
    // why us, in a few spoken words
    ['なんでうちなん？', 'motivation'],
    ['じゃあ、うちは？', 'motivation'],
    ['弊社のことはいつ頃から知ってました？', 'motivation'],
    ['うちに声をかけてくれたきっかけって何だったんですか。', 'motivation'],
    ['どうして物流の世界に来ようと思ったんですか。', 'motivation'],
    // leaving put as going out, or in the spoken forms of 辞める / 動く
    ['役場を出ようと決めたのは、何があったからですか。', 'reason_for_change'],
    ['順調そうなのに、外に目を向けはじめたのはいつ頃からですか。', 'reason_for_change'],
    ['二年で辞めてるみたいだけど、何があったの？', 'reason_for_change'],
    ['どうしてこのタイミングで動こうと思われたんでしょう。', 'reason_for_change'],
    // the candidate as others see them, and what is their own
    ['同期の方から見て、森さんってどんなタイプだと言われてます？', 'strengths'],
    ['接客で一番生きているご自身の持ち味って何でしょう。', 'strengths'],
    // who the candidate is, asked plainly; the career summed up
    ['とりあえず山口さんのこと、ざっくり教えてもらえます？', 'self_introduction'],
    ['今って何してるんですか', 'self_introduction'],
    ['現職は。', 'self_introduction'],
    ['職歴の概要を三分くらいでお願いします。', 'self_introduction'],
    ['Could you walk through your resume for us?', 'self_introduction'],
    // what one holds to, and where it comes from
    ['仕事でも、その誠実さは大切にしていきたいところですか。', 'values'],
    ['その「手を抜かない」という考え方は、どこから来ているんでしょう。', 'values'],
    // the other side of a strength, and a habit to correct
    ['行動力が強みとのことですが、裏返すとどんな弱さになりそうですか。', 'weaknesses'],
    ['自分の悪い癖って、どんなところだと思います？', 'weaknesses'],
    ['つい一人で抱え込んでしまうその癖は、どう直していますか。', 'weaknesses'],
    // leading people: as a manager, bringing newcomers on, holding staff together
    ['管理職として、組織運営で一番気を配ったことは何ですか。', 'management'],
    ['入ってきたばかりの子は、どうやって一人前に育ててました？', 'management'],
    ['パートさんも含めたスタッフの皆さんを、どうまとめていたんですか。', 'management'],
    // the others in the story
    ['それはご自分だけで進めたんですか、誰か巻き込んだんですか。', 'teamwork'],
    ['トラブルのあいだ、周りの人はどう動いてくれました？', 'teamwork'],
    // conditions: when one can leave, how much one accepts
    ['今のところの退職は、いつぐらいになりそうですか。', 'conditions'],
    ['出張は月に何回までなら大丈夫ですか。', 'conditions'],
    // the job search: how companies are narrowed down, an offer from us weighed
    ['企業選び、どんな基準で絞ってますか。', 'job_search'],
    ['弊社から内定が出たら、どうやって最終的に決めますか。', 'job_search'],
  ] satisfies Array<[string, QuestionCategory]>)('%s → %s', (text, category) => {
    expect(classify(text).category).toBe(category);
  });

  it.each([
    // someone else leaving is no reason for the candidate's move
    ['部下が辞めてしまったとき、どう受け止めましたか。', 'reason_for_change'],
    // the feat done alone stays with the story
    ['それ全部一人でやったんですか。', 'teamwork'],
  ] satisfies Array<[string, QuestionCategory]>)('%s is not %s', (text, category) => {
    expect(classify(text).category).not.toBe(category);
  });
});

/** The second batch of the round (blind33/34 and blind-list-24 seen). */
describe('categories from the eleventh round, second batch', () => {
  it.each([
    // a topic already dealt with is put aside like one left for later
    ['志望動機のお話はもう伺ったので、次は、仕事をするうえで譲れないことを教えてください。', 'values'],
    ['強みは分かりました。では、これまでで一番悔しかった失敗は。', 'hardship'],
    ['自己PRとは別に、周りと意見がぶつかったときの話を聞かせてください。', 'teamwork'],
    // how the candidate held up inside
    ['その三か月、精神的にはきつくなかったですか。', 'stress'],
    ['気持ちが折れそうなときは、どうしてましたか。', 'stress'],
    // bringing people up, as the lead
    ['後輩の方々は、普段どうやって育ててるんですか。', 'management'],
    ['上の立場として、遅れているメンバーにどう声をかけました？', 'management'],
    // the others who helped or went along
    ['そのとき、サークルの仲間は協力してくれましたか。', 'teamwork'],
    ['ほかの店員さんたちは、その提案に乗ってくれたんですか。', 'teamwork'],
    // why the candidate looks at a field; what led to applying here
    ['そもそも、なんで食品メーカーを受けてるの？', 'motivation'],
    ['その体験が、今回のご応募にどう結びついたんでしょう。', 'motivation'],
    // what one keeps to in work; no future where one is
    ['それは仕事でいつも意識していることなんですか。', 'values'],
    ['今の会社にいても先が見えないと思ったのは、いつ頃ですか。', 'reason_for_change'],
    // the path one plans; a posting far away; how far the search has got
    ['入社して五年、どんな道筋を思い描いていますか。', 'career_plan'],
    ['地方に赴任してもらう可能性がありますが、いかがですか。', 'conditions'],
    ['就活は、今どのくらい進んでいますか。', 'job_search'],
    // who the student is, at the start of a visit
    ['えっと 今何年生で 何を勉強してるんだっけ', 'self_introduction'],
    // third batch: reviewing the people below; estimates, cases and accounting work; a tough spot; a split judgement
    ['メンバーのレビューで、一番気をつけていることは何ですか。', 'management'],
    ['締め切りを守れない部下には、どう接してきましたか。', 'management'],
    ['そのシステム、工期はどう見積もったんですか。', 'technical'],
    ['売上を、客数と単価にもう少し分解してみてください。', 'technical'],
    ['連結決算の実務は、どこまで担当されていましたか。', 'technical'],
    ['あのプロジェクトで一番 tough だったのはどこですか。', 'hardship'],
    ['先輩と判断が分かれたとき、どうしました？', 'teamwork'],
    ['凹んだときは、どうやって立ち直りますか。', 'stress'],
    ['チラシは何部刷ったんですか。', 'fact'],
    // fourth batch: a topic heard or left out is put aside; the wish to move; how the search is run; the appraiser
    ['志望動機の話 聞きましたけど 一番しんどかった経験って', 'hardship'],
    ['お金以外で、仕事で一番大切にしてるものは？', 'values'],
    ['外資に行きたいっていうのは、何かきっかけが？', 'reason_for_change'],
    ['エージェントさん経由で、他も受けてます？', 'job_search'],
    ['転職活動はいつ頃から始めました？', 'job_search'],
    ['評価する側として、一番迷った場面は。', 'management'],
    ['主役じゃなく、支える側に回ったことはありますか。', 'teamwork'],
    // fifth batch: feelings inside the story; the others in it; handing out work; a trait that cost; the link to us;
    // why a field, asked after it; who started it; a count of things
    ['その時期は、どんな気持ちでしたか。', 'stress'],
    ['正直、途中でやめようとは思わなかった？', 'stress'],
    ['ほかのバイトの人たちとは、どう分担してたんですか。', 'teamwork'],
    ['後輩には、どんなふうに仕事を振ってるんですか。', 'management'],
    ['その頑固さで損したことは？', 'weaknesses'],
    ['その経験は、うちの営業のどこにつながると思いますか。', 'motivation'],
    ['うちのお店、実際に行ってみました？', 'motivation'],
    ['メーカーだけじゃなく商社も見てるのはなんで？', 'motivation'],
    ['そのイベント、最初に誰が言い出したんですか。', 'success'],
    ['店舗は何店くらい回ったの？', 'fact'],
  ] satisfies Array<[string, QuestionCategory]>)('%s → %s', (text, category) => {
    expect(classify(text).category).toBe(category);
  });

  it.each([
    // cues that must not reach past what they mean
    ['仕事を振り返って、一番成長したと思うのはどこですか。', 'management'],
    ['売上が頭打ちになったとき、どう打開しましたか。', 'reason_for_change'],
    ['海外に出たいという思いはありますか。', 'reason_for_change'],
    ['会社を出るのは何時頃になりそうですか。', 'reason_for_change'],
    ['部下が次々に辞めていったとき、どう対応しましたか。', 'reason_for_change'],
    ['担当していたお客さんのことを教えてください。', 'self_introduction'],
    ['入社後に何を勉強していきたいですか。', 'self_introduction'],
    ['AIエージェントの開発経験はありますか。', 'job_search'],
    ['弊社の業務に活かせるスキルは何ですか。', 'motivation'],
    ['その課題を解決するまでの道筋を教えてください。', 'career_plan'],
    ['ご両親にはどう育てられましたか。', 'management'],
  ] satisfies Array<[string, QuestionCategory]>)('%s is not %s', (text, category) => {
    expect(keywordScores(text).get(category) ?? []).toEqual([]);
  });

  it('reads someone else described (店長さんって…どんな人) without the strong cue of the candidate seen by others', () => {
    const evidence = keywordScores('一緒に働いていた店長さんって、お客さんからどんな人だと言われていました？').get(
      'strengths',
    );
    expect(evidence?.some((item) => item.weight >= 3)).toBe(false);
  });

  it('keeps a topic only heard of in the question (聞いたんですが)', () => {
    expect(keywordScores('前職ではストレスが多かったと聞いたんですが、どう対処していましたか。').has('stress')).toBe(
      true,
    );
  });

  it('reads a member’s low mood as the lead’s concern, and 支える側 alone as no question of roles', () => {
    expect(classify('リーダーとして、気持ちが沈んだ部下がいたらどうしますか。').category).not.toBe('stress');
    expect(keywordScores('作る側ですか、導入を支える側ですか。').get('teamwork') ?? []).toEqual([]);
  });
});

describe('a manager named as a job title', () => {
  it('reads what is asked of a manager, not the job title', () => {
    expect(keywordScores('プロジェクトマネージャーとして、スケジュールはどう引いていますか。').has('management')).toBe(
      false,
    );
    expect(classify('営業マネージャーとして、一番大きかった成果を教えてください。').category).toBe('success');
  });
});

describe('an episode of the self-introduction drilled into', () => {
  it.each([
    ['その勉強会は、どうやって人を集めたんですか。', 'success'],
    ['システムの刷新には、どこまで関わっていたんですか。', 'success'],
    ['値札を変えてから、お客さんの反応はどうでした？', 'success'],
    ['そのお話、もう少し詳しく聞かせてください。', 'success'],
    // a count or a figure stays a fact however it is asked
    ['その勉強会には、何人くらい来ていたんですか。', 'fact'],
    ['売上はどのくらい伸びたんですか。', 'fact'],
  ] satisfies Array<[string, QuestionCategory]>)('%s → %s', (text, category) => {
    expect(classify(text, 'self_introduction').category).toBe(category);
  });

  it('leaves a question with no introduction before it to its own words', () => {
    const leansToEpisode = (parent: QuestionCategory | null) =>
      classify('その勉強会は、どうやって人を集めたんですか。', parent).evidence.some(
        (item) => item.kind === 'pattern' && item.text === 'どうやって',
      );
    expect(leansToEpisode('self_introduction')).toBe(true);
    expect(leansToEpisode(null)).toBe(false);
  });
});
