import { describe, expect, it } from 'vitest';
import { autoLockChoices, isConfirmWord } from '../src/pages/settings/choices';

describe('settings choices', () => {
  it('offers 5, 15, 30, 60 minutes and never, plus a value set elsewhere in its place', () => {
    expect(autoLockChoices(15)).toEqual([5, 15, 30, 60, 0]);
    expect(autoLockChoices(0)).toEqual([5, 15, 30, 60, 0]);
    expect(autoLockChoices(10)).toEqual([5, 10, 15, 30, 60, 0]);
    expect(autoLockChoices(120)).toEqual([5, 15, 30, 60, 120, 0]);
  });

  it('accepts the confirmation word in either language, and nothing close to it', () => {
    expect(isConfirmWord('すべて削除')).toBe(true);
    expect(isConfirmWord(' DELETE ALL ')).toBe(true);
    expect(isConfirmWord('delete all')).toBe(false);
    expect(isConfirmWord('すべて')).toBe(false);
    expect(isConfirmWord('')).toBe(false);
  });
});
