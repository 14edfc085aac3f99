import type { Message, PracticeAttemptView } from '@furikaeri/core';
import { practiceText } from '../../i18n/strings/practice';

export type ChartMetric = 'length' | 'coverage' | 'fillers' | 'pace';
export const CHART_METRICS: readonly ChartMetric[] = ['length', 'coverage', 'fillers', 'pace'];

/** ≈300 characters for an open answer (DESIGN.md norms): a typed answer's length is read against it. */
const TARGET_CHARS = 300;

interface MetricSpec {
  label: Message;
  /** The value of one attempt, or null when it has none (a spoken answer not yet transcribed has no fillers). */
  value(attempt: PracticeAttemptView): number | null;
  /** A reference line (the target), and the least the axis shows. */
  reference: number | null;
  floor: number;
  format(value: number): string;
}

/**
 * What the progress charts can show per attempt. Length: a spoken answer's span against the target time, a
 * typed one's characters against ≈300 (both 1.0 at the target). Pace: NHK news ≈300 characters/min.
 */
export const METRICS: Record<ChartMetric, MetricSpec> = {
  length: {
    label: practiceText.metrics.length,
    value: (a) =>
      a.spoken?.delivery
        ? a.spoken.delivery.answerMs / a.spoken.delivery.targetMs
        : a.score && !a.spoken
          ? a.score.characters / TARGET_CHARS
          : null,
    reference: 1,
    floor: 1.5,
    format: (v) => `${Math.round(v * 100)}%`,
  },
  coverage: {
    label: practiceText.metrics.coverage,
    value: (a) => a.score?.coverage ?? null,
    reference: null,
    floor: 1,
    format: (v) => `${Math.round(v * 100)}%`,
  },
  fillers: {
    label: practiceText.metrics.fillers,
    value: (a) => a.score?.fillers ?? null,
    reference: null,
    floor: 5,
    format: (v) => String(v),
  },
  pace: {
    label: practiceText.metrics.pace,
    value: (a) => a.score?.charsPerMinute ?? null,
    reference: 300,
    floor: 450,
    format: (v) => `${v}`,
  },
};
