import { AppError } from '@furikaeri/core';
import { DEFAULT_PEAK_BUCKETS } from './waveform-peaks-service';

const MIN_PEAK_BUCKETS = 16;
export const MAX_PEAK_BUCKETS = 20_000;

/** `?buckets=` as a whole number within limits; anything else is the caller's mistake, said plainly. */
export function parseBuckets(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_PEAK_BUCKETS;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < MIN_PEAK_BUCKETS || parsed > MAX_PEAK_BUCKETS) {
    throw new AppError('validation', {
      ja: `buckets は ${MIN_PEAK_BUCKETS}〜${MAX_PEAK_BUCKETS} の整数で指定してください`,
      en: `buckets must be a whole number from ${MIN_PEAK_BUCKETS} to ${MAX_PEAK_BUCKETS}`,
    });
  }
  return parsed;
}
