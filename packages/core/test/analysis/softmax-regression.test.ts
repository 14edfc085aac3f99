import { describe, expect, it } from 'vitest';
import { type Example, softmaxProbabilities, trainSoftmax } from '../../src/analysis/questions/softmax-regression';

const OPTIONS = { epochs: 10, learningRate: 1, l2: 1e-3 };

/**
 * Three classes over six features: feature 0 and 1 mark class 0, 2 and 3 class 1, 4 and 5 class 2; feature 5 is
 * also in every example of class 0 so that only the joint weighting (not a per-feature count) can tell them apart.
 */
const EXAMPLES: Example[] = [
  { features: [0, 5], label: 0 },
  { features: [1, 5], label: 0 },
  { features: [0, 1, 5], label: 0 },
  { features: [2], label: 1 },
  { features: [3], label: 1 },
  { features: [2, 3], label: 1 },
  { features: [4, 5], label: 2 },
  { features: [4], label: 2 },
];

describe('softmax regression', () => {
  it('learns which features mark which class', () => {
    const model = trainSoftmax(EXAMPLES, 3, 6, OPTIONS);
    const best = (features: number[]) => {
      const probabilities = [...softmaxProbabilities(model, features)];
      return probabilities.indexOf(Math.max(...probabilities));
    };
    expect(best([0])).toBe(0);
    expect(best([3])).toBe(1);
    expect(best([4])).toBe(2);
    // Feature 5 alone is shared by classes 0 and 2; 4 decides for class 2.
    expect(best([4, 5])).toBe(2);
    expect(softmaxProbabilities(model, [0, 1])[0]).toBeGreaterThan(0.8);
  });

  it('gives a distribution, is deterministic and trains nothing on no epochs', () => {
    const first = trainSoftmax(EXAMPLES, 3, 6, OPTIONS);
    const again = trainSoftmax(EXAMPLES, 3, 6, OPTIONS);
    expect([...again.weights]).toEqual([...first.weights]);
    const probabilities = softmaxProbabilities(first, [0, 2, 4]);
    expect(probabilities.reduce((sum, p) => sum + p, 0)).toBeCloseTo(1, 9);
    const untrained = trainSoftmax(EXAMPLES, 3, 6, { ...OPTIONS, epochs: 0 });
    expect([...softmaxProbabilities(untrained, [0])]).toEqual([1 / 3, 1 / 3, 1 / 3]);
  });

  it('visits every example once per epoch, whatever their number', () => {
    // 2 × 7919 examples: a stride of 7919 would only ever visit examples 0 and 7919 (both class 0 here); the
    // trainer picks a stride coprime with the count, so class 1 is learnt too.
    const many: Example[] = Array.from({ length: 7919 * 2 }, (_, index) => {
      const label = index % 7919 === 0 ? 0 : 1;
      return { features: [label], label };
    });
    const model = trainSoftmax(many, 2, 2, { ...OPTIONS, epochs: 1 });
    expect(softmaxProbabilities(model, [1])[1]).toBeGreaterThan(0.9);
  });
});
