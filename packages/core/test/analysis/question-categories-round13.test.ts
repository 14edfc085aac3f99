import { describe, expect, it } from 'vitest';
import { improperMatterOf } from '../../src/analysis/fair-selection/improper-questions';
import { classifyQuestion } from '../../src/analysis/questions/question-classifier';
import { detectQuestion } from '../../src/analysis/questions/question-detector';
import type { QuestionCategory } from '../../src/index';

function classify(text: string, parentCategory: QuestionCategory | null = null) {
  const detection = detectQuestion(text) ?? { cue: 'sentence_final' as const, evidence: '' };
  return classifyQuestion({ text, context: '', detection, parentCategory });
}

/** Wordings of our own for the classes the thirteenth round found (blind60–63 seen, before they were learned). */
describe('categories from the thirteenth round: structures, not the sets’ wording', () => {
  it.each([
    // the other selections, in two words, after a question on conditions
    ['よその面接はどうなってます？', null, 'job_search'],
    ['別の選考は', 'conditions', 'job_search'],
    // what the choice of company turns on, inside a job change
    ['今回の転職活動で、企業選びのときに何を重く見ていますか。', null, 'job_search'],
    ['転職にあたって、会社を選ぶうえで重きを置いているのはどこですか。', null, 'job_search'],
    // what one means to correct in oneself, above the plan that 〜ていきたい names
    ['自分で改めていきたいと思っている点はありますか。', null, 'weaknesses'],
    // the part one plays in the team, above the head count
    ['サークルは何人くらいで、その中でどんな役回りだったの？', null, 'teamwork'],
    // what a pursuit trained in the candidate
    ['部活で培われたなと思うところはありますか。', null, 'strengths'],
    ['その経験、うちの仕事に活かせそうなところってあります？', null, 'strengths'],
    // some years ahead is the plan, not a figure
    ['数年先、どういうポジションで働いていたいですか。', null, 'career_plan'],
    ['何年か後に、どんな仕事を任されていたいですか。', null, 'career_plan'],
    // what drives one at work
    ['どういう時に一番やる気が出ますか。', null, 'values'],
    // the hard part of bringing people on
    ['新人を育てるのに苦戦したことはありますか。', null, 'management'],
    ['後輩の育成で悩んだ経験はありますか。', 'hardship', 'management'],
    // how the teammates took it, inside a hardship story
    ['そのやり方、チームメイトの反応はどうでした？', 'hardship', 'teamwork'],
    // the round of names, university first, though it names the ガクチカ too
    ['順番に、学校名とお名前、それから学生時代に頑張ったことを一言ずつお願いします。', null, 'self_introduction'],
    // batch 2: placing the people, hearing the staff's complaints, those one looks after counted after the looking
    ['繁忙期の人員の配置はどうやって決めていましたか。', null, 'management'],
    ['アルバイトの子たちの不満って、どうやって吸い上げてました？', null, 'management'],
    ['いま見ている三人は、どんなメンバーですか。', null, 'management'],
    // where one will be posted is not known yet
    ['配属はどの拠点になるかまだ分からないのですが、遠方でも大丈夫ですか。', null, 'conditions'],
    // what turned the eyes outside the present job
    ['メーカーの技術職から、コンサルに目が向いたのはいつ頃ですか。', null, 'reason_for_change'],
    ['今の会社にいながら外の世界を見てみようと思ったのは、何かきっかけが？', null, 'reason_for_change'],
    // what pleased the people served
    ['接客をしていて、お客さんから一番感謝されたのはどんなときですか。', null, 'success'],
    // why do it here
    ['民間でもできそうですが、うちで働きたい理由は？', null, 'motivation'],
    // other firms, and how much one wants each
    ['同業の大手さんは受けていないんですか。', 'motivation', 'job_search'],
    ['他社とうち、今の志望度でいうとどうですか。', null, 'job_search'],
  ] as const)('「%s」 (parent %s) is %s', (text, parent, category) => {
    expect(classify(text, parent).category).toBe(category);
  });

  it.each([
    // a figure some years ago is still a figure
    ['それは何年前のことですか。', 'fact'],
    // where one wants to stand in five years is the plan, not the part played in a team
    ['五年後、社内でどういう立ち位置になっていたいですか。', 'teamwork'],
    // which fields one looks at, one by one, is no head count of the people one looks after
    ['当社以外にどんな業界を見ているか、一人ずつ教えてください。', 'management'],
    // the deciding point between two offers is why us, not how far the search has got
    ['向こうとうちと、どっちも魅力的だと思いますが、決め手は何ですか。', 'job_search'],
    // a training one has not taken is no other firm
    ['その研修はまだ受けていないんですか。', 'job_search'],
  ] as const)('near miss 「%s」 is not read as %s', (text, category) => {
    if (category === 'fact') expect(classify(text).category).toBe('fact');
    else expect(classify(text).category).not.toBe(category);
  });

  it('reads a share of people leaving as no job change of the candidate, and the candidate leaving as one', () => {
    expect(classify('新入部員が半分辞めたとき、正直どう感じました？', 'success').category).not.toBe(
      'reason_for_change',
    );
    expect(classify('三人辞めて、残ったメンバーはどうでした？', 'management').category).not.toBe('reason_for_change');
    expect(classify('前の会社はなぜ辞めたんですか。').category).toBe('reason_for_change');
  });

  it('reads a belief named by its faith as religion, and a school’s morning service as no question of it', () => {
    expect(improperMatterOf('ご家庭はクリスチャンでいらっしゃる？')?.matter).toBe('religion');
    expect(improperMatterOf('仏教徒でいらっしゃいますか。')?.matter).toBe('religion');
    expect(improperMatterOf('本校は毎朝礼拝がありますが、勤務の一部として参加できますか。')).toBeNull();
  });
});
