import type { Message } from '@furikaeri/core';

/**
 * How far an answer's length is from the target, said in the unit it was measured in: a verdict alone
 * (「短い」) does not tell whether to add one sentence or five.
 */
export function lengthFromTarget(value: number, target: number, unit: 'chars' | 'seconds'): Message {
  const percent = target > 0 ? Math.round((value / target) * 100) : 0;
  const gap = Math.round(Math.abs(target - value));
  const ja = unit === 'chars' ? { target: `${target}字`, gap: `${gap}字` } : { target: `${target}秒`, gap: `${gap}秒` };
  const en =
    unit === 'chars'
      ? { target: `${target}-character`, gap: `${gap} characters` }
      : { target: `${target}-second`, gap: `${gap} s` };
  if (value < target) {
    return {
      ja: `目安${ja.target}の${percent}%・あと約${ja.gap}`,
      en: `${percent} % of the ${en.target} target, about ${en.gap} short of it`,
    };
  }
  return {
    ja: `目安${ja.target}の${percent}%・約${ja.gap}超過`,
    en: `${percent} % of the ${en.target} target, about ${en.gap} over it`,
  };
}

/** A count of characters as the UI shows it (「27字」 / "27 characters"). */
export const charCount = (count: number): Message => ({ ja: `${count}字`, en: `${count} characters` });
