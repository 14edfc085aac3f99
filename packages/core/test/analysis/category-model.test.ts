import { describe, expect, it } from 'vitest';
import {
  categoryModelScores,
  characterGrams,
  normaliseForModel,
  scoreWithModel,
  splitParentTopic,
  trainCategoryModel,
  withParentTopic,
} from '../../src/analysis/questions/category-model';
import { CATEGORY_CORPUS } from '../../src/analysis/questions/corpus';

/** Two phrasings per category that are not in the corpus (checked below): the model must generalise. */
const UNSEEN: Array<[string, string]> = [
  ['self_introduction', 'まずはあなたの経歴をざっくり話してもらえますか'],
  ['self_introduction', '自己紹介を二分くらいでお願いできますでしょうか'],
  ['motivation', 'どうしてうちの銀行を志望したんですか'],
  ['motivation', '弊社に応募された理由を聞かせてください'],
  ['reason_for_change', '今の職場を辞める理由はなんでしょうか'],
  ['reason_for_change', '転職を決めた理由を伺えればと'],
  ['strengths', 'ご自身の長所を一つ挙げてください'],
  ['strengths', '自分の強みって何だと思う？'],
  ['weaknesses', 'ご自身の短所はどんなところですか'],
  ['weaknesses', '弱みを一つ教えてもらえますか'],
  ['success', '学生時代に一番力を入れたことは何でしたか'],
  ['success', '仕事で実績を出した経験をお願いします'],
  ['hardship', '今までで一番苦労した経験を教えてもらえますか'],
  ['hardship', '大きな挫折を味わったことはありますか'],
  ['teamwork', 'チームで意見が割れたらどうしていましたか'],
  ['teamwork', 'チームの中での役割を教えてもらえますか'],
  ['career_plan', '五年後のキャリアをどう考えていますか'],
  ['career_plan', '入社後に挑戦したいことを教えてください'],
  ['values', '仕事で一番大切にしている価値観は何でしょう'],
  ['values', '働くときに譲れないことってありますか'],
  ['stress', 'ストレスがたまったときの解消法はありますか'],
  ['stress', 'プレッシャーを感じたときどう対処しますか'],
  ['job_search', '他社の選考はどのくらい進んでいますか'],
  ['job_search', 'ほかに受けている企業を教えてください'],
  ['hypothetical', 'もしあなたが店長だったらどうしますか'],
  ['hypothetical', '自分を果物に例えると何でしょう'],
  ['management', '部下は何人くらいマネジメントしていましたか'],
  ['management', 'マネジメントで工夫したことを教えてください'],
  ['technical', '得意な言語とフレームワークを教えてください'],
  ['technical', 'この店舗の市場規模を推定してもらえますか'],
  ['conditions', '年収の希望はどのくらいですか'],
  ['conditions', '転勤があっても問題ありませんか'],
  ['reverse_question_prompt', '最後になりますが、私どもに何かご質問はございますか'],
  ['reverse_question_prompt', '聞いておきたいことがあればどうぞ'],
  ['fact', 'そのチームは何人でしたか'],
  ['fact', 'それはいつ頃のことでしたか'],
];

describe('category model', () => {
  // A statistical model is allowed a rare miss (today: 弱みを一つ教えて… reads as hardship's 失敗談を一つ教えて).
  it('classifies phrasings it was not trained on (at most 2 of 36 wrong)', () => {
    const corpus = new Set(Object.values(CATEGORY_CORPUS).flatMap((list) => [...(list ?? [])].map(normaliseForModel)));
    const wrong: string[] = [];
    for (const [category, text] of UNSEEN) {
      expect(corpus.has(normaliseForModel(text)), text).toBe(false);
      const best = categoryModelScores(text)[0];
      if (best?.category !== category) wrong.push(`${text}: ${best?.category}, expected ${category}`);
    }
    expect(wrong.length, wrong.join('\n')).toBeLessThanOrEqual(2);
  });

  it('is deterministic and gives a distribution', () => {
    const first = categoryModelScores('なぜ当社なのか教えてください');
    expect(categoryModelScores('なぜ当社なのか教えてください')).toEqual(first);
    const sum = first.reduce((total, item) => total + item.probability, 0);
    expect(sum).toBeCloseTo(1, 6);
    expect(first[0]?.category).toBe('motivation');
  });

  it('is uniform for a text none of whose n-grams it has seen (no evidence, no lean)', () => {
    const unknown = categoryModelScores('ꙮꙮꙮ');
    expect(unknown.every((item) => Math.abs(item.probability - 1 / unknown.length) < 1e-9)).toBe(true);
  });

  it('handles empty, ASCII and very long input', () => {
    const empty = categoryModelScores('');
    expect(empty.every((item) => Math.abs(item.probability - (empty[0]?.probability ?? 0)) < 1e-9)).toBe(true);
    expect(categoryModelScores('What are your strengths')[0]?.category).toBe('strengths');
    const long = categoryModelScores('志望動機を教えてください。'.repeat(2000));
    expect(long[0]?.category).toBe('motivation');
    expect(Number.isFinite(long[0]?.probability)).toBe(true);
  });

  describe("a drill-down read with its parent's topic (thirteenth round)", () => {
    it('carries the topic as one feature beside the grams of its wording, which stay the same', () => {
      const marked = withParentTopic('hardship', 'そのときの気持ちは');
      expect(splitParentTopic(marked)).toEqual({ parent: 'hardship', wording: 'そのときの気持ちは' });
      expect(splitParentTopic('そのときの気持ちは')).toEqual({ parent: null, wording: 'そのときの気持ちは' });
      const plain = characterGrams('そのときの気持ちは');
      const withParent = characterGrams(marked);
      expect(withParent.length).toBe(plain.length + 1);
      expect(withParent).toEqual(expect.arrayContaining(plain));
      expect(characterGrams(withParentTopic('success', 'そのときの気持ちは'))).not.toEqual(withParent);
    });

    it('lets the same wording mean different topics after different parents', () => {
      const model = trainCategoryModel({
        stress: [
          withParentTopic('hardship', 'そのときどう感じた'),
          withParentTopic('hardship', 'そのとき周りはどうだった'),
        ],
        teamwork: [
          withParentTopic('success', 'そのときどう感じた'),
          withParentTopic('success', 'そのとき周りはどうだった'),
        ],
      });
      const afterHardship = scoreWithModel(model, withParentTopic('hardship', 'そのとき周りはどう感じた'));
      const afterSuccess = scoreWithModel(model, withParentTopic('success', 'そのとき周りはどう感じた'));
      expect(afterHardship[0]?.category).toBe('stress');
      expect(afterSuccess[0]?.category).toBe('teamwork');
    });
  });
});
