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
