import { type PredictionSet, predictNextRound } from '@furikaeri/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedMorphology } from '../../src/morphology/kuromoji-host';
import { sharedInterviewAvailable, sharedRoundOne } from './support/prep-events';

/** The measure: with the shared first round as history, the follow-ups drill into what I said. */
describe.skipIf(!sharedInterviewAvailable())(
  'predictions from the shared round-1 interview (skipped when ../shared is absent)',
  () => {
    let set: PredictionSet;
    let texts: string[];
    beforeAll(async () => {
      set = predictNextRound({ events: [await sharedRoundOne(sharedMorphology())] });
      texts = set.predictions.map((p) => p.text.ja);
    });

    it('drills into the migration project: integrity, the weekly rehearsals, my role', () => {
      expect(texts.some((t) => t.includes('移行プロジェクト') && t.includes('整合性'))).toBe(true);
      expect(texts.some((t) => t.includes('リハーサル'))).toBe(true);
      expect(texts.some((t) => t.includes('移行プロジェクト') && t.includes('役割'))).toBe(true);
    });

    it('asks about the wish to be involved in design, quoting the answer it came from', () => {
      const design = set.predictions.filter((p) => p.text.ja.includes('設計の段階から関わりたい'));
      expect(design.length).toBeGreaterThan(0);
      for (const prediction of design) {
        expect(prediction.source?.quote).toContain('設計の段階から関わりたい');
        expect(prediction.source?.eventId).toBe('ev_shared_r1');
        expect(prediction.source?.segmentIds.length).toBeGreaterThan(0);
      }
    });

    it('does not ask again for what the answers already gave (the team size was asked and answered)', () => {
      expect(texts.some((t) => t.includes('移行プロジェクトの規模や成果を数字'))).toBe(false);
    });

    it('ranks, deduplicates and caps the list; every follow-up says why and where from', () => {
      expect(set.targetRound).toBe('second');
      expect(set.predictions.length).toBeLessThanOrEqual(15);
      expect(new Set(texts).size).toBe(texts.length);
      const scores = set.predictions.map((p) => p.score);
      expect([...scores].sort((a, b) => b - a)).toEqual(scores);
      for (const p of set.predictions.filter((p) => p.kind === 'follow_up')) {
        expect(p.why.ja.length).toBeGreaterThan(0);
        expect(p.source?.quote.length).toBeGreaterThan(0);
      }
    });

    it('brings back the question answered off the point', () => {
      expect(set.predictions.some((p) => p.kind === 'repeat_weak' && p.text.ja.includes('一番苦労したこと'))).toBe(
        true,
      );
    });
  },
);
