import { CONFIRM_WORD } from '../../i18n/strings/settings';

/** Auto-lock choices in minutes; 0 = never. */
export const AUTO_LOCK_CHOICES: readonly number[] = [5, 15, 30, 60, 0];

/** The choices, plus the current value when it was set elsewhere (the CLI allows any 0–1440). */
export function autoLockChoices(current: number): number[] {
  if (AUTO_LOCK_CHOICES.includes(current)) return [...AUTO_LOCK_CHOICES];
  const timed = [...AUTO_LOCK_CHOICES.filter((minutes) => minutes > 0), current].sort((a, b) => a - b);
  return [...timed, 0];
}

/** Either language's confirmation word is accepted, whatever the UI shows. */
export function isConfirmWord(typed: string): boolean {
  const value = typed.trim();
  return value === CONFIRM_WORD.ja || value === CONFIRM_WORD.en;
}

/** Retention choices in days after an application closes; null keeps audio forever (the default). */
export const RETENTION_CHOICES: readonly (number | null)[] = [null, 30, 90, 180, 365];

/** The choices, plus the current value when it was set elsewhere. */
export function retentionChoices(current: number | null): (number | null)[] {
  if (RETENTION_CHOICES.includes(current)) return [...RETENTION_CHOICES];
  return [null, ...[...RETENTION_CHOICES.filter((days) => days !== null), current].sort((a, b) => (a ?? 0) - (b ?? 0))];
}
