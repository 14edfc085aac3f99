import { describe, expect, it } from 'vitest';
import { analyseAs, transcript } from './support';

// ASR without punctuation, as in a discussion recorded on one microphone: what a speaker says before the
// sentence proper (あ, すみません, それいいですね) must not hide how the sentence takes up another's idea.
const GD = transcript({ S: 'interviewer', P: 'candidate', Q: 'candidate', R: 'candidate', M: 'me' }, [
  ['S', 0, 6, 'それでは始めてください テーマは駅前の放置自転車を減らす方法です'],
  ['P', 6.5, 12, '放置が多い理由って駐輪場の料金が高いからだと思うんですよね'],
  ['R', 12.5, 18, 'なので駅の裏に無料の駐輪場を作るのがいいと思います'],
  ['Q', 18.5, 26, 'それいいですね それに加えて料金を最初の二時間だけ無料にするのはどうですか'],
  ['M', 26.5, 32, 'あとシェアサイクルを駅ごとに置くのもいいかもしれません'],
  ['P', 32.5, 40, 'あシェアサイクルなら学生証で借りられるようにしたら使う人も増えると思います'],
  ['R', 40.5, 46, 'あの自転車の置き場所を地図アプリで示すのがいいと思います'],
  ['Q', 46.5, 52, '期限を決めて撤去しなければならないと思います'],
]);

describe('group discussion: lead-ins before the sentence proper', () => {
  const report = analyseAs(GD, 'group_discussion');
  const ideas = report.groupDiscussion?.participants.flatMap((p) => p.keyPoints) ?? [];
  const at = (segmentId: string) => ideas.find((idea) => idea.segmentId === segmentId);

  it('「それいいですね それに加えて」 builds on the idea just said, not on an earlier one sharing a word', () => {
    expect(at('seg-4')?.buildsOn).toBe('R');
  });

  it('a condition repeating the last idea after 「あ」, with no comma after なら, builds on it', () => {
    expect(at('seg-6')?.buildsOn).toBe('M');
  });

  it('a lead-in alone builds on nothing, and 〜なければならない is no condition', () => {
    expect(at('seg-7')).toMatchObject({ kind: 'proposal', buildsOn: null });
    expect(at('seg-8')?.buildsOn).toBeNull();
  });
});
