import { type Morpheme, pointCovered } from '@furikaeri/core';
import { describe, expect, it } from 'vitest';
import { sharedMorphology } from '../../src/morphology/kuromoji-host';

/** [my key point, the answer that says it inflected or spelt in kana] — told apart by kuromoji's forms. */
const PAIRS: Array<[string, string]> = [
  ['手順をおこなう', '毎週、移行の手順を行いました。'],
  ['お客様の声をきく', 'まずお客様の声を聞きました。'],
  ['障害を減らす', '障害はかなり減らせました。'],
];

async function covered(answer: string, point: string): Promise<{ literal: boolean; withMorphemes: boolean }> {
  const [answerMorphemes = [], pointMorphemes = []] = (await sharedMorphology().tokenize([
    answer,
    point,
  ])) as Morpheme[][];
  return {
    literal: pointCovered(answer, point),
    withMorphemes: pointCovered(answer, point, { answer: answerMorphemes, point: pointMorphemes }),
  };
}

describe('key points compared through kuromoji (dictionary forms and kana readings)', () => {
  it.each(PAIRS)('「%s」 is made by 「%s」', async (point, answer) => {
    expect((await covered(answer, point)).withMorphemes).toBe(true);
  });

  it('needs the morphemes for kana against kanji: the written forms alone do not match', async () => {
    expect((await covered('毎週、移行の手順を行いました。', '手順をおこなう')).literal).toBe(false);
  });

  it('still does not take an unrelated answer as the point', async () => {
    expect((await covered('趣味は登山です。', 'お客様の声をきく')).withMorphemes).toBe(false);
  });
});
