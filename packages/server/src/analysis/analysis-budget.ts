import { AppError } from '@furikaeri/core';
import type { SettingsRepository } from '../repositories/settings-repository';

/** Settings key of the time one analysis job may take before it stops with a partial report. */
export const TIME_BUDGET_SETTING = 'analysis.timeBudgetMs';

/**
 * 20 s: an hour-long interview (≈15,000 characters) takes about 1 s, a ten-hour transcript well under the
 * budget, so only a pathological file meets it; and the analysis lane stays free for the next event soon.
 */
export const DEFAULT_TIME_BUDGET_MS = 20_000;
const MIN_TIME_BUDGET_MS = 1_000;
const MAX_TIME_BUDGET_MS = 600_000;

export function readTimeBudgetMs(settings: SettingsRepository): number {
  const stored = settings.get<unknown>(TIME_BUDGET_SETTING);
  return isValidBudget(stored) ? stored : DEFAULT_TIME_BUDGET_MS;
}

/** Stores `{ timeBudgetMs }` (1 s … 10 min) and returns it; anything else is refused with a clear reason. */
export function writeTimeBudgetMs(settings: SettingsRepository, input: unknown): { timeBudgetMs: number } {
  const value = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const budget = value.timeBudgetMs;
  if (!isValidBudget(budget)) {
    throw new AppError('validation', {
      ja: `分析の時間の上限は ${MIN_TIME_BUDGET_MS / 1000}〜${MAX_TIME_BUDGET_MS / 1000} 秒の整数ミリ秒で指定してください`,
      en: `The analysis time limit must be whole milliseconds between ${MIN_TIME_BUDGET_MS / 1000} and ${MAX_TIME_BUDGET_MS / 1000} s`,
    });
  }
  settings.set(TIME_BUDGET_SETTING, budget);
  return { timeBudgetMs: budget };
}

function isValidBudget(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= MIN_TIME_BUDGET_MS && (value as number) <= MAX_TIME_BUDGET_MS;
}

/**
 * Share of the budget given to tokenising. The rest is left for what follows on the part tokenised (reading
 * the transcript, the analysis proper, storing the report), which takes up to about half as long again on a
 * transcript of many short turns (measured with npm run bench:bounded).
 */
export const TOKENIZE_SHARE = 0.6;

/**
 * The job's signal combined with a timeout: `budget.aborted` with the job's signal still quiet means the
 * time ran out (its reason is a TimeoutError, see isTimeBudgetAbort); a cancel or shutdown keeps its reason.
 */
export function withTimeBudget(jobSignal: AbortSignal | undefined, budgetMs: number): AbortSignal {
  const budget = AbortSignal.timeout(Math.round(budgetMs * TOKENIZE_SHARE));
  return jobSignal ? AbortSignal.any([jobSignal, budget]) : budget;
}
