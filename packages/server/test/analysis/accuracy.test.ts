import { afterAll, describe, expect, it } from 'vitest';
import { sharedMorphology } from '../../src/morphology/kuromoji-host';
import { type FixtureScore, scoreFixture, totals } from './support/evaluate';
import { loadFixtures, loadSharedInterview, SHARED_DIR, sharedInterviewAvailable } from './support/fixtures';

/**
 * The accuracy targets, on our labelled conversations (packages/core/test/fixtures/interviews) with
 * the real kuromoji. `npm run eval:analysis` prints the same figures with every disagreement.
 */
const host = sharedMorphology();
afterAll(() => host.close());

describe('analysis accuracy on the labelled fixtures', async () => {
  const fixtures = loadFixtures();
  const scores: FixtureScore[] = [];
  for (const fixture of fixtures) scores.push((await scoreFixture(fixture, host)).score);
  const all = totals(scores);
  const errors = scores.flatMap((score) => score.errors);

  it('covers at least ten conversations of different kinds', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(10);
    expect(new Set(fixtures.map((f) => f.eventType)).size).toBeGreaterThanOrEqual(5);
    expect(all.counts.offTopic).toBeGreaterThanOrEqual(5);
  });

  it('question detection F1 ≥ 0.95', () => {
    expect(all.questionDetection.f1, errors.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('Q/A pairing ≥ 0.95', () => {
    expect(all.pairingAccuracy, errors.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('follow-up linking ≥ 0.9 (F1 over links)', () => {
    expect(all.followUps.f1, errors.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it('filler counts exact in every segment of mine', () => {
    expect(all.fillerExact, errors.filter((e) => e.includes('fillers')).join('\n')).toBe(1);
  });

  it('pace within ±3 % of the reference timings for every answer', () => {
    expect(all.paceWithin3Percent, errors.filter((e) => e.includes('pace')).join('\n')).toBe(1);
    expect(all.paceWorstError).toBeLessThanOrEqual(0.03);
  });

  it('off-topic flags: recall ≥ 0.8 at precision ≥ 0.8', () => {
    const message = errors.filter((e) => e.includes('off-topic')).join('\n');
    expect(all.offTopic.precision, message).toBeGreaterThanOrEqual(0.8);
    expect(all.offTopic.recall, message).toBeGreaterThanOrEqual(0.8);
  });
});

describe.skipIf(!sharedInterviewAvailable())(
  `the shared interview (${SHARED_DIR}; skipped when ../shared is absent)`,
  () => {
    it('flags the answer to 一番苦労したこと, and no other, saying why', async () => {
      const { report, score } = await scoreFixture(loadSharedInterview(), host);
      const flagged = report.questions.filter((q) => (q.answer?.relevance.flags.length ?? 0) > 0);
      expect(flagged.map((q) => q.question.text)).toEqual(['これまでのお仕事で、一番苦労したことは何ですか。']);
      expect(flagged[0]?.answer?.relevance.flags).toEqual(['off_topic']);
      expect(flagged[0]?.answer?.relevance.reason.ja).toContain('強み');
      expect(score.errors).toEqual([]);
    });
  },
);
