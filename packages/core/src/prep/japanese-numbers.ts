const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 〇: 0, 零: 0 };
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 三 → 3, 十五 → 15, 二千三百 → 2300, 3 → 3, １２ → 12, 1.5 → 1.5; null when it is not a number. */
export function parseJapaneseNumber(text: string): number | null {
  const normal = text.normalize('NFKC');
  if (/^[0-9]+(?:\.[0-9]+)?$/.test(normal)) return Number(normal);
  if (!/^[一二三四五六七八九〇零十百千万]+$/.test(normal)) return null;
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const char of normal) {
    if (char in DIGITS) digit = digit * 10 + (DIGITS[char] ?? 0);
    else if (char in SMALL_UNITS) {
      section += (digit || 1) * (SMALL_UNITS[char] ?? 1);
      digit = 0;
    } else if (char === '万') {
      total += (section + digit || 1) * 10_000;
      section = 0;
      digit = 0;
    }
  }
  return total + section + digit;
}

/**
 * Counters that measure the same thing, by their canonical unit: durations in months (a year is 12, so 一年半
 * and 18か月 agree), short spans in minutes (二時間 and 120分 agree), shares in percent (二割 is 20 %).
 */
const UNITS: ReadonlyArray<[RegExp, string, number]> = [
  [/^(?:名|人)$/, 'people', 1],
  [/^(?:ヶ月|か月|カ月|ヵ月|ケ月)$/, 'months', 1],
  [/^(?:年間|年)$/, 'months', 12],
  [/^(?:週間|週)$/, 'weeks', 1],
  [/^日$/, 'days', 1],
  [/^時間$/, 'minutes', 60],
  [/^分$/, 'minutes', 1],
  [/^件$/, 'items', 1],
  [/^(?:%|％)$/, 'percent', 1],
  [/^割$/, 'percent', 10],
  [/^倍$/, 'times', 1],
  [/^回$/, 'count', 1],
  [/^(?:万円)$/, 'yen', 10_000],
  [/^円$/, 'yen', 1],
  [/^社$/, 'companies', 1],
];

export interface Quantity {
  value: number;
  unit: string;
}

/** Durations said without a digit of their own: 半年 is six months, 半月 half of one. */
const WORDS: Readonly<Record<string, Quantity>> = {
  半年: { value: 6, unit: 'months' },
  半年間: { value: 6, unit: 'months' },
  半月: { value: 0.5, unit: 'months' },
};

/** 三ヶ月 → {3, months}, 半年 → {6, months}, 一年半 → {18, months}, 二割 → {20, percent}, 五名 → {5, people}. */
export function parseQuantity(text: string): Quantity | null {
  const trimmed = text.trim();
  const word = WORDS[trimmed];
  if (word) return word;
  // 十分 alone is じゅうぶん (enough), not ten minutes; 10分 and 三十分 are minutes.
  if (trimmed === '十分') return null;
  const half = /^(.+)年半$/.exec(trimmed);
  if (half?.[1]) {
    const years = parseJapaneseNumber(half[1]);
    return years === null ? null : { value: years * 12 + 6, unit: 'months' };
  }
  const match = /^([0-9０-９.]+|[一二三四五六七八九〇零十百千万]+)(.+)$/.exec(trimmed);
  if (!match?.[1] || !match[2]) return null;
  const value = parseJapaneseNumber(match[1]);
  const unit = UNITS.find(([pattern]) => pattern.test(match[2] ?? ''));
  if (value === null || !unit) return null;
  return { value: value * unit[2], unit: unit[1] };
}
