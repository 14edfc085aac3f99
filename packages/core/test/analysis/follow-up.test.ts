import { describe, expect, it } from 'vitest';
import { type LinkCandidate, linkFollowUp } from '../../src/analysis/questions/follow-up';

function candidate(text: string, extra: Partial<LinkCandidate> = {}): LinkCandidate {
  return { text, turnText: text, isPrompt: false, questionWords: [], answerWords: [], ...extra };
}

describe('follow-up linking', () => {
  it('links a question that points back (それは, ちなみに, 具体的に), with the reason', () => {
    const list = [
      candidate('一番苦労したことは何ですか。'),
      candidate('チームは何名くらいでしたか。', { turnText: 'それは大変でしたね。チームは何名くらいでしたか。' }),
    ];
    const link = linkFollowUp(list, 1, 'hardship');
    expect(link?.parent).toBe(0);
    expect(link?.reason.ja).toContain('それは');
    expect(
      linkFollowUp([list[0] as LinkCandidate, candidate('ちなみに、具体的なエピソードはありますか。')], 1, 'hardship')
        ?.parent,
    ).toBe(0);
  });

  it('does not link a new topic (では, 最後に) or a textbook question of another kind', () => {
    expect(
      linkFollowUp([candidate('強みは何ですか。'), candidate('では、転職理由を教えてください。')], 1, 'strengths'),
    ).toBeNull();
    expect(
      linkFollowUp(
        [candidate('転職理由は。'), candidate('その中で、なぜ弊社を選んだのですか。')],
        1,
        'reason_for_change',
      ),
    ).toBeNull();
    expect(
      linkFollowUp(
        [candidate('強みは？'), candidate('最後に、何か質問はありますか。', { isPrompt: true })],
        1,
        'strengths',
      ),
    ).toBeNull();
  });

  it('その中で digs into the answer when the question is not a textbook one', () => {
    const list = [candidate('力を入れたことは何ですか。'), candidate('その中で、ご自身はどんな役割だったんですか。')];
    expect(linkFollowUp(list, 1, 'success')?.parent).toBe(0);
  });

  it('links by words taken from the previous answer, but not across a new topic', () => {
    const previous = candidate('前職での成績は？', { answerWords: ['売上', '一位'] });
    expect(
      linkFollowUp([previous, candidate('一位になった時、売上は？', { questionWords: ['一位', '売上'] })], 1, 'success')
        ?.reason.ja,
    ).toContain('一位');
    expect(
      linkFollowUp([previous, candidate('では、売上目標は？', { questionWords: ['売上'] })], 1, 'success'),
    ).toBeNull();
  });

  it('先ほど goes back to the earlier question it shares words with', () => {
    const list = [
      candidate('改善したことは？', { answerWords: ['レビュー'] }),
      candidate('そのレビュー会に反対は？', { questionWords: ['レビュー', '反対'] }),
      candidate('優先順位は？', { questionWords: ['優先', '順位'] }),
      candidate('先ほどのレビュー会の話に戻りますが、当社でも通用しますか。', { questionWords: ['レビュー'] }),
    ];
    expect(linkFollowUp(list, 3, 'technical')?.parent).toBe(1);
  });

  it('keeps the topic of a design question through a technical word (リトライが失敗した場合)', () => {
    const list = [
      candidate('どのような構成にしますか。', { answerWords: ['リトライ'] }),
      candidate('リトライが何度も失敗した場合はどうしますか。', { questionWords: ['リトライ'] }),
    ];
    expect(linkFollowUp(list, 1, 'technical')?.parent).toBe(0);
  });
});

describe('follow-up linking: asides, private matters, bare questions and topic shifts (#16, second round)', () => {
  const previous = candidate('今のお仕事について教えてください。', {
    questionWords: ['仕事'],
    answerWords: ['物流', '倉庫', '管理'],
  });

  it('「ちなみに」 links only when the question or the remark before it takes up the previous exchange', () => {
    const newTopic = candidate('ちなみに、休日は何をして過ごしていますか。', { questionWords: ['休日'] });
    expect(linkFollowUp([previous, newTopic], 1, 'self_introduction')).toBeNull();
    const sameWords = candidate('ちなみに、倉庫は何か所あるんですか。', { questionWords: ['倉庫', '所'] });
    expect(linkFollowUp([previous, sameWords], 1, 'self_introduction')?.parent).toBe(0);
    const remark = candidate('ちなみに、資格は何か持っていますか。', {
      turnText: '物流の管理は大変ですよね。ちなみに、資格は何か持っていますか。',
      questionWords: ['資格'],
      turnWords: ['物流', '管理', '資格'],
    });
    expect(linkFollowUp([previous, remark], 1, 'self_introduction')?.parent).toBe(0);
  });

  it('a question about a private matter drills into nothing, even with a pointer word', () => {
    const privateMatter = candidate('そのお仕事、ご両親は何と言っていますか。', {
      questionWords: ['仕事', '両親'],
      privateMatter: true,
    });
    expect(linkFollowUp([previous, privateMatter], 1, 'self_introduction')).toBeNull();
  });

  it('a bare question naming no topic leans on the previous answer; a bare textbook one does not', () => {
    const bare = candidate('担当の地域は', { questionWords: ['担当', '地域'], elliptical: true });
    expect(linkFollowUp([previous, bare], 1, 'self_introduction')?.parent).toBe(0);
    const textbook = candidate('ご自身の強みは', { questionWords: ['自身', '強み'], elliptical: true });
    expect(linkFollowUp([previous, textbook], 1, 'self_introduction')).toBeNull();
    const personal = candidate('ご趣味は', { questionWords: ['趣味'], elliptical: true });
    expect(linkFollowUp([previous, personal], 1, 'self_introduction')).toBeNull();
  });

  it('「話は変わるけど」 opens a new topic even with a shared word', () => {
    const shifted = candidate('話は変わるけど、物流以外で興味のある業界は', {
      questionWords: ['物流', '興味', '業界'],
    });
    expect(linkFollowUp([previous, shifted], 1, 'self_introduction')).toBeNull();
  });

  it('points back past a name called first, with 全部 or そう言われる', () => {
    const named = candidate('川口さん、そういうときは誰に相談するんですか。', { questionWords: ['相談'] });
    expect(linkFollowUp([previous, named], 1, 'self_introduction')?.parent).toBe(0);
    const all = candidate('全部から内定が出たら、どこにしますか。', { questionWords: ['内定'] });
    expect(linkFollowUp([previous, all], 1, 'job_search')?.parent).toBe(0);
  });

  it('asking why or how something was done probes the episode just told, unless it names a topic outright', () => {
    // (After an episode: right after a self-introduction the same question opens a topic, see spoken-questions-round9.)
    const how = candidate('本番前の確認はどうやって分担したんですか。', { questionWords: ['本番', '確認', '分担'] });
    expect(linkFollowUp([previous, how], 1, 'success')?.parent).toBe(0);
    const why = candidate('どうして当社に興味を持ったんですか。', { questionWords: ['当社', '興味'] });
    expect(linkFollowUp([previous, why], 1, 'self_introduction')).toBeNull();
  });

  it("takes up another candidate's reply in a group interview", () => {
    const group = candidate('皆さんは今どんな業界を見ていますか。', { otherReplyWords: ['金融', '全般'] });
    const toOther = candidate('池田さんは金融のどこが気になったんですか。', { questionWords: ['池田', '金融'] });
    expect(linkFollowUp([group, toOther], 1, 'job_search')?.parent).toBe(0);
  });
});
