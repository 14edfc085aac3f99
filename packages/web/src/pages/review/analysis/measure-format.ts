import type { Locale, Measure } from '@furikaeri/core';

const UNITS: Record<Measure['unit'], { ja: string; en: string }> = {
  ms: { ja: '秒', en: ' s' },
  chars: { ja: '字', en: ' chars' },
  morae: { ja: 'モーラ', en: ' morae' },
  chars_per_min: { ja: '字/分', en: ' chars/min' },
  morae_per_s: { ja: 'モーラ/秒', en: ' morae/s' },
  per_min: { ja: '回/分', en: '/min' },
  count: { ja: '回', en: '' },
  semitones: { ja: '半音', en: ' st' },
  ratio: { ja: '%', en: ' %' },
};

/** A measure's value with its unit, as people read it: seconds with one decimal, ratios as percent. */
export function formatMeasure(measure: Pick<Measure, 'value' | 'unit'>, locale: Locale): string {
  const unit = UNITS[measure.unit][locale];
  switch (measure.unit) {
    case 'ms':
      return `${(measure.value / 1000).toFixed(1)}${unit}`;
    case 'ratio':
      return `${Math.round(measure.value * 100)}${unit}`;
    case 'morae_per_s':
    case 'per_min':
    case 'semitones':
      return `${roundTo(measure.value, 1)}${unit}`;
    default:
      return `${Math.round(measure.value)}${unit}`;
  }
}

/** Seconds for a raw millisecond figure (latency, pause lengths). */
export function formatSeconds(ms: number, locale: Locale): string {
  return formatMeasure({ value: ms, unit: 'ms' }, locale);
}

export function formatPercent(ratio: number): string {
  return `${Math.round(ratio * 100)}%`;
}

function roundTo(value: number, digits: number): string {
  const rounded = Number(value.toFixed(digits));
  return String(rounded);
}
