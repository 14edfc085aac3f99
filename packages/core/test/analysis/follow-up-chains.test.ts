import { describe, expect, it } from 'vitest';
import { type LinkCandidate, linkFollowUp } from '../../src/analysis/questions/follow-up';

/**
 * Fourth round of follow-up rules: counts and details within a chain, pointers in a later clause, 逆に turning to
 * the opposite topic, an opener of the question outweighing a pointer earlier in the turn, names that are no
 * shared words, the same question put to the next person, 「ほかには」 after the 逆質問 prompt.
 */
function candidate(text: string, extra: Partial<LinkCandidate> = {}): LinkCandidate {
  return { text, turnText: text, isPrompt: false, questionWords: [], answerWords: [], ...extra };
}

/** q0 opens a topic, q1 drills into it: the chain's root is q0. */
const chainRoot = (at: number) => (at === 1 ? 0 : at);

describe('follow-ups within a chain', () => {
  const topic = candidate('部活で一番頑張ったことを教えてください。', { answerWords: ['演劇部', '公演', '脚本'] });
  const more = candidate('それで？', { answerWords: ['照明', '手配'] });

  it('a count of the story belongs to the chain’s topic question, not to the bare 「それで？」 before it', () => {
    const count = candidate('公演のときのスタッフは何人くらいだったんですか。', {
      questionWords: ['公演', 'スタッフ'],
    });
    expect(linkFollowUp([topic, more, count], 2, 'success', chainRoot)?.parent).toBe(0);
  });

  it('an open drill-down after a count goes back to the story, not to the number', () => {
    const count = candidate('部員は何人いたの', { questionWords: ['部員'] });
    const probe = candidate('稽古が進まない時期はどうやって立て直したんでしょう。', {
      questionWords: ['稽古', '時期'],
    });
    const links = (at: number) => (at === 1 ? 0 : at);
    expect(linkFollowUp([topic, count, probe], 2, 'fact', links)?.parent).toBe(0);
  });

  it('a count about the present with nothing of the exchange in it is no drill-down', () => {
    const present = candidate('営業部は今何人ですか。', { questionWords: ['営業', '部'] });
    expect(linkFollowUp([topic, present], 1, 'success')).toBeNull();
  });

  it('a pointer in a later clause (「…もあったと思うけど、それは？」, 「内定が出たら、そちらは」) links', () => {
    const end = candidate('転職せずに社内で異動する道もあったと思うんですけど、それは？');
    expect(linkFollowUp([topic, end], 1, 'reason_for_change')?.parent).toBe(0);
    const others = candidate('もし弊社から内定が出たら、そちらの選考はどうしますか。');
    expect(linkFollowUp([topic, others], 1, 'job_search')?.parent).toBe(0);
  });

  it('逆に before a topic of its own kind opens that topic, unless a remark on the answer comes first', () => {
    // Elliptical, as the analysis finds it (ends in は).
    const opposite = candidate('逆に、悔しい思いをした場面は。', { elliptical: true });
    expect(linkFollowUp([topic, opposite], 1, 'success')).toBeNull();
    const withRemark = candidate('逆に、悔しい思いをした場面は。', {
      elliptical: true,
      turnText: '脚本の話はよく分かりました。逆に、悔しい思いをした場面は。',
    });
    expect(linkFollowUp([topic, withRemark], 1, 'success')?.parent).toBe(0);
  });

  it('the question’s own ところで outweighs a pointer said earlier in the turn', () => {
    const turn = 'それは全部うちの部署でやってます。ところで志望動機はどう話すつもり？';
    const next = candidate('ところで志望動機はどう話すつもり？', { turnText: turn });
    expect(linkFollowUp([topic, next], 1, 'success')).toBeNull();
  });

  it('a name called is no word taken from the answer', () => {
    const previous = candidate('前職の話を聞かせてください。', { answerWords: ['松本', '物流'] });
    const named = candidate('松本さんご自身は休みの日に何をしていますか。', { questionWords: ['松本', '休み'] });
    expect(linkFollowUp([previous, named], 1, 'self_introduction')).toBeNull();
  });

  it('「〇〇さんも、…」 puts the chain’s question to the next person', () => {
    const first = candidate('皆さんの長所を一つずつ教えてください。');
    const drill = candidate('それはどんな場面で出ますか。');
    const passed = candidate('木下さんも、長所が役に立った場面があれば。');
    expect(linkFollowUp([first, drill, passed], 2, 'strengths', chainRoot)?.parent).toBe(0);
  });

  it('a bare 「ほかには」 after the 逆質問 prompt repeats it; a full prompt starts afresh', () => {
    const prompt = candidate('最後に何か質問はありますか。', { isPrompt: true });
    expect(
      linkFollowUp([prompt, candidate('ほかには', { isPrompt: true })], 1, 'reverse_question_prompt')?.parent,
    ).toBe(0);
    const full = candidate('他に何か聞きたいことはありますか。', { isPrompt: true });
    expect(linkFollowUp([prompt, full], 1, 'reverse_question_prompt')).toBeNull();
  });

  it('そこまでです ends a discussion: no pointer', () => {
    const theme = candidate('テーマは駅前の空き地の使い道です。');
    expect(linkFollowUp([theme, candidate('はい、そこまでです。では発表をお願いします。')], 1, 'other')).toBeNull();
  });

  it('the call for the presentation ends the discussion the theme opened, though it shares 発表 with it', () => {
    const theme = candidate('テーマは図書館の利用者を増やす方法です。最後に三分で発表してください。', {
      questionWords: ['図書館', '利用', '増やす', '発表'],
    });
    for (const call of ['時間になりました。発表をお願いします', '発表をお願いします。', 'ではどなたか発表して下さい'])
      expect(linkFollowUp([theme, candidate(call, { questionWords: ['発表'] })], 1, 'other'), call).toBeNull();
  });
});
