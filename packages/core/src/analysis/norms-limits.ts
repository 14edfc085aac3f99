import { AppError } from '../domain/app-error';
import { type AnalysisNorms, DEFAULT_NORMS, resolveNorms } from './norms';

/**
 * What each numeric norm may sensibly be: beyond these a setting can only be a typo or an attack (a pace of
 * -5 or 1e308 characters a minute). Bounds are inclusive unless `above`/`below` say the bound itself is
 * meaningless (a ratio of 0, a window of 0 ms). Paces: DESIGN.md's references are 200–400 chars/min; speech
 * runs far below 1 500. Times: a pause of 60 s, an answer of 30 min are already beyond any interview.
 */
interface Limit {
  min: number;
  max: number;
  above?: boolean;
}

const LIMITS: Record<string, Limit> = {
  'pace.targetCharsPerMinute': { min: 30, max: 1500 },
  'pace.fastCharsPerMinute': { min: 30, max: 1500 },
  'pace.slowCharsPerMinute': { min: 10, max: 1500 },
  'length.targetMs': { min: 5_000, max: 1_800_000 },
  'length.targetChars': { min: 10, max: 20_000 },
  'length.shortBelowRatio': { min: 0, max: 1 },
  'length.longAboveRatio': { min: 1, max: 20, above: true },
  'length.practiceShortBelowRatio': { min: 0, max: 1 },
  'fillers.okPerMinute': { min: 0, max: 120 },
  'fillers.harmfulPerMinute': { min: 0, max: 120, above: true },
  'pauses.minMs': { min: 200, max: 60_000 },
  'latency.longMs': { min: 500, max: 120_000 },
  'intonation.windowMs': { min: 1_000, max: 120_000 },
  'intonation.monotonePvq': { min: 0, max: 2, above: true },
  'talkShare.min': { min: 0, max: 1 },
  'talkShare.max': { min: 0, max: 1, above: true },
};
/** A norm added later without a row above still has to be a finite, non-negative number. */
const FALLBACK: Limit = { min: 0, max: 1e9 };
const MAX_WORDS = 500;
const MAX_WORD_LENGTH = 30;

function invalid(field: string, ja: string, en: string): AppError {
  return new AppError('validation', { ja: `${field}: ${ja}`, en: `${field}: ${en}` }, { field });
}

function checkValue(field: string, value: unknown, base: unknown): void {
  if (Array.isArray(base)) {
    const words = Array.isArray(value) ? value : null;
    if (
      !words ||
      words.length > MAX_WORDS ||
      !words.every((w) => typeof w === 'string' && w.trim() !== '' && w.length <= MAX_WORD_LENGTH)
    ) {
      throw invalid(
        field,
        `${MAX_WORD_LENGTH} 文字以内の語の一覧（${MAX_WORDS} 語まで）にしてください`,
        `expected a list of words (${MAX_WORDS} at most, ${MAX_WORD_LENGTH} characters each)`,
      );
    }
  } else if (typeof base === 'object' && base !== null) {
    checkObject(field, value, base as Record<string, unknown>);
  } else if (typeof base === 'number') {
    const limit: Limit = LIMITS[field] ?? FALLBACK;
    const number = typeof value === 'number' && Number.isFinite(value) ? value : null;
    const low = limit.above ? number !== null && number <= limit.min : number !== null && number < limit.min;
    if (number === null || low || number > limit.max) {
      const range = `${limit.above ? `${limit.min} より大きく` : `${limit.min} 以上`} ${limit.max} 以下`;
      const rangeEn = `${limit.above ? `greater than ${limit.min}` : `at least ${limit.min}`} and at most ${limit.max}`;
      throw invalid(
        field,
        `${range}の数にしてください（${String(value)}）`,
        `must be a number ${rangeEn} (got ${String(value)})`,
      );
    }
  }
}

function checkObject(prefix: string, value: unknown, base: Record<string, unknown>): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalid(prefix || 'norms', '項目の一覧（オブジェクト）にしてください', 'expected an object of settings');
  }
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    // Unknown keys are dropped by resolveNorms, as before; only what would be used is checked.
    if (key in base) checkValue(prefix ? `${prefix}.${key}` : key, item, base[key]);
  }
}

/** Pairs of norms whose order matters: a slow pace above the fast one would flag every answer. */
function checkOrder(norms: AnalysisNorms): void {
  const pairs: [string, number, string, number][] = [
    [
      'pace.slowCharsPerMinute',
      norms.pace.slowCharsPerMinute,
      'pace.targetCharsPerMinute',
      norms.pace.targetCharsPerMinute,
    ],
    [
      'pace.targetCharsPerMinute',
      norms.pace.targetCharsPerMinute,
      'pace.fastCharsPerMinute',
      norms.pace.fastCharsPerMinute,
    ],
    ['fillers.okPerMinute', norms.fillers.okPerMinute, 'fillers.harmfulPerMinute', norms.fillers.harmfulPerMinute],
    ['talkShare.min', norms.talkShare.min, 'talkShare.max', norms.talkShare.max],
  ];
  for (const [lowName, low, highName, high] of pairs) {
    if (low > high) {
      throw invalid(
        lowName,
        `${highName}（${high}）以下にしてください（${low}）`,
        `must not exceed ${highName} (${high}; got ${low})`,
      );
    }
  }
}

/**
 * The norms a PUT asks for (overrides of the defaults, as resolveNorms merges them), checked field by field
 * against sane ranges and against each other; the first field at fault is named in a 400.
 */
export function validatedNorms(overrides: unknown): AnalysisNorms {
  checkObject('', overrides, DEFAULT_NORMS as unknown as Record<string, unknown>);
  const norms = resolveNorms(overrides);
  checkOrder(norms);
  return norms;
}
