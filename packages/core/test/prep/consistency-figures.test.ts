import { describe, expect, it } from 'vitest';
import { checkConsistency, parseQuantity } from '../../src/index';
import { prepEvent } from './support';
import { r1, r2 } from './walk-history';

/** The same project told in one round: its answer, as given. */
const told = (id: string, date: string, answer: string) =>
  prepEvent({
    id,
    date,
    round: id.endsWith('2') ? 'second' : 'first',
    rows: [
      ['I', 'これまでで一番力を入れたプロジェクトについて教えてください。'],
      ['M', answer],
    ],
  });
const warned = (a: string, b: string) =>
  checkConsistency([told('ev_1', '2026-10-01', a), told('ev_2', '2026-10-10', b)]).map((w) => [
    w.kind,
    w.first.source.quote,
    w.second.source.quote,
  ]);

describe('durations and spans however they are written', () => {
  it('reads 半年, 一年半, 三十分 and 二時間 in one unit each', () => {
    expect(parseQuantity('半年')).toEqual({ value: 6, unit: 'months' });
    expect(parseQuantity('一年半')).toEqual({ value: 18, unit: 'months' });
    expect(parseQuantity('1年')).toEqual({ value: 12, unit: 'months' });
    expect(parseQuantity('三十分')).toEqual({ value: 30, unit: 'minutes' });
    expect(parseQuantity('二時間')).toEqual({ value: 120, unit: 'minutes' });
    expect(parseQuantity('十分')).toBeNull();
  });

  it('flags 三ヶ月 against 半年, not 半年 against 6か月 nor 一年半 against 18ヶ月', () => {
    const p = '在庫管理システムの移行プロジェクトで、';
    expect(warned(`${p}三ヶ月かけて移行しました。`, `${p}半年かけて移行しました。`)).toEqual([
      ['project_numbers', expect.stringContaining('三ヶ月'), expect.stringContaining('半年')],
    ]);
    expect(warned(`${p}半年かけて移行しました。`, `${p}6か月かけて移行しました。`)).toEqual([]);
    expect(warned(`${p}一年半かけて移行しました。`, `${p}18ヶ月かけて移行しました。`)).toEqual([]);
  });
});

describe('my role in a project', () => {
  const p = '受発注システムの刷新プロジェクトでは、';
  it('リーダー in one round and サブリーダー in the next contradict each other, with both quotes', () => {
    expect(
      warned(`${p}私はリーダーとして進捗を管理しました。`, `${p}私はサブリーダーとして進捗を管理しました。`),
    ).toEqual([['project_role', expect.stringContaining('リーダー'), expect.stringContaining('サブリーダー')]]);
  });

  it('リーダー and チームリーダー are the same role', () => {
    expect(
      warned(`${p}私はリーダーとして進捗を管理しました。`, `${p}私はチームリーダーとして進捗を管理しました。`),
    ).toEqual([]);
  });
});

describe('a target and a result are not two figures for the same thing', () => {
  const p = '業務効率化プロジェクトで、';
  it('目標 20 % then 実績 15 % is consistent; 実績 15 % then 実績 30 % is not', () => {
    expect(warned(`${p}作業時間を20%削減することを目標にしました。`, `${p}作業時間を15%削減できました。`)).toEqual([]);
    expect(warned(`${p}作業時間を15%削減できました。`, `${p}作業時間を30%削減できました。`)).toEqual([
      ['project_numbers', expect.stringContaining('15%'), expect.stringContaining('30%')],
    ]);
  });

  it('compares where a change ended, not where it started (四時間から三十分に vs 二時間に抑えた)', () => {
    const warnings = checkConsistency([r1, r2]).filter((w) => w.kind !== 'reason_for_change');
    const figures = warnings.map((w) => w.message.ja);
    expect(figures).toEqual(
      expect.arrayContaining([
        expect.stringContaining('八名 と 十五名'),
        expect.stringContaining('三ヶ月 と 半年'),
        expect.stringContaining('三十分 と 二時間'),
        expect.stringContaining('リーダー と サブリーダー'),
      ]),
    );
    expect(figures.some((text) => text.includes('四時間'))).toBe(false);
  });
});
