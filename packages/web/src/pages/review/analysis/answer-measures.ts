import type { AnswerMetrics, Locale, Measure, Message } from '@furikaeri/core';
import { measureText } from '../../../i18n/strings/analysis';
import { formatMeasure } from './measure-format';

/** One chip: what it measures, the figures shown, the verdict that colours it, and the norms behind it. */
export interface MeasureChip {
  key: string;
  label: Message;
  value: string;
  verdict: Measure['verdict'];
  norms: Message[];
}

/**
 * The compact measures of one answer, each next to its norm: length (and length against the ~1 minute
 * guideline), pace (chars/min and morae/s), fillers per minute with their count, pauses over 2 s, time to
 * start, intonation when there was audio. A measure the report could not take is left out.
 */
export function answerMeasures(metrics: AnswerMetrics, locale: Locale): MeasureChip[] {
  const chips: MeasureChip[] = [];
  const show = (measure: Measure) => formatMeasure(measure, locale);
  const lengthParts = [show(metrics.durationMs), show(metrics.length ?? metrics.characters)];
  chips.push(chip('duration', measureText.duration, lengthParts, metrics.length ?? metrics.durationMs));
  if (metrics.charsPerMinute) {
    const parts = [show(metrics.charsPerMinute), ...(metrics.moraePerSecond ? [show(metrics.moraePerSecond)] : [])];
    chips.push(chip('pace', measureText.pace, parts, metrics.charsPerMinute, metrics.moraePerSecond));
  }
  const { fillers } = metrics;
  const fillerParts = [
    ...(fillers.perMinute ? [show(fillers.perMinute)] : []),
    measureText.fillerCount(fillers.count)[locale],
  ];
  chips.push({
    ...chip('fillers', measureText.fillers, fillerParts, fillers.perMinute),
    verdict: fillers.perMinute?.verdict ?? 'info',
  });
  chips.push({
    key: 'pauses',
    label: measureText.pauses,
    value: measureText.pauseCount(metrics.pauses.length)[locale],
    verdict: 'info',
    norms: [],
  });
  if (metrics.latencyMs) chips.push(chip('latency', measureText.latency, [show(metrics.latencyMs)], metrics.latencyMs));
  if (metrics.intonation) {
    const { pvq, rangeSemitones, monotone } = metrics.intonation;
    const parts = [`PVQ ${pvq.value.toFixed(2)}`, show(rangeSemitones)];
    if (monotone) parts.push(measureText.monotone[locale]);
    chips.push({
      ...chip('intonation', measureText.intonation, parts, pvq, rangeSemitones),
      verdict: monotone ? 'low' : pvq.verdict,
    });
  }
  return chips;
}

function chip(
  key: string,
  label: Message,
  parts: string[],
  main: Measure | null,
  ...others: Array<Measure | null>
): MeasureChip {
  const norms = [main, ...others].flatMap((measure) => (measure?.norm ? [measure.norm] : []));
  return { key, label, value: parts.join(' · '), verdict: main?.verdict ?? 'info', norms };
}
