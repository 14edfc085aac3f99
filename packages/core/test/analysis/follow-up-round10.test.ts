import { describe, expect, it } from 'vitest';
import { analyseAs, turnTaking } from './support';

/** Two interviewers (A, B) and me (M), two seconds a turn; lines alternate A/B → M unless said. */
function panel(lines: Array<['A' | 'B' | 'M', string]>) {
  return analyseAs(turnTaking({ A: 'interviewer', B: 'interviewer', M: 'me' }, lines), 'interview');
}

/** Wordings of our own for the follow-up classes the tenth round found (blind26/27 seen). */
describe('follow-up links, tenth round', () => {
  it('starts afresh when a second interviewer introduces themselves before asking', () => {
    const report = panel([
      ['A', '数ある物流会社の中で、当社を選んだ理由を教えてください。'],
      ['M', '倉庫の自動化に一番力を入れていると感じたからです。'],
      ['B', '技術部の森です。倉庫の在庫データって、普段どんなふうに集計に使っていますか。'],
      ['M', '毎朝の出荷計画に使っています。'],
    ]);
    expect(report.questions[1]?.followUpOf).toBeNull();
  });

  it('reads それじゃあ as "well then", not as a word pointing back', () => {
    const report = panel([
      ['A', '説明会ではどこが印象に残りましたか。'],
      ['M', '若手の方が現場を任されている話です。'],
      ['A', 'ありがとうございます。それじゃあ、学生時代に一番打ち込んだことを教えてください。'],
      ['M', '合唱部で定期演奏会の運営をしました。'],
    ]);
    expect(report.questions[1]?.followUpOf).toBeNull();
  });

  it('keeps a bare question on the topic just asked in the thread (「根拠は？」 in a case)', () => {
    const report = panel([
      ['A', '駅前のカフェの売上を一年で二倍にするには、何から手をつけますか。'],
      ['M', 'まず客単価より来店頻度を上げる施策から考えます。'],
      ['A', '根拠は？'],
      ['M', '常連客の比率が低いと聞いているからです。'],
    ]);
    const [caseQuestion, basis] = report.questions;
    expect(basis?.followUpOf).toBe(caseQuestion?.id);
  });

  it('links a count left hanging on a particle to the story it counts', () => {
    const report = panel([
      ['A', '前職で一番成果を出せた取り組みを教えてください。'],
      ['M', 'リハビリの記録を共有する仕組みを作って、退院までの日数を短くしました。'],
      ['A', '何人くらいの患者さんで'],
      ['M', '一年で百二十人ほどです。'],
    ]);
    const [story, count] = report.questions;
    expect(count?.followUpOf).toBe(story?.id);
  });

  it('reads a word of the answer taken up with 「というと」 as pointing back', () => {
    const report = panel([
      ['A', '研究では何をしているんですか。'],
      ['M', '鋳物の不良率を二割下げる条件を探しています。'],
      ['A', '二割というと、相当な試行錯誤があったと思うんですけど。'],
      ['M', '条件を三百通りほど試しました。'],
    ]);
    const [research, taken] = report.questions;
    expect(taken?.followUpOf).toBe(research?.id);
  });

  it('opens a new topic with a whole question that names its own, even with a mid-weight word', () => {
    const report = panel([
      ['A', '歩行の評価にはどんな機器を使っていますか。'],
      ['M', '床反力計と動画解析を組み合わせています。'],
      ['A', 'なるほど。臨床の中で、これは手応えがあったと言える取り組みってありますか。'],
      ['M', '転倒予防の教室を立ち上げたことです。'],
    ]);
    expect(report.questions[1]?.followUpOf).toBeNull();
  });
});
