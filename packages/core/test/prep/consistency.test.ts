import { describe, expect, it } from 'vitest';
import { checkConsistency, parseJapaneseNumber, parseQuantity } from '../../src/index';
import { type EventSpec, prepEvent } from './support';

const intro = (id: string, date: string, reason: string, extra: Partial<EventSpec> = {}) =>
  prepEvent({
    id,
    date,
    ...extra,
    rows: [
      ['I', '転職を考えた理由を教えてください。'],
      ['M', reason],
    ],
  });

const migration = (id: string, date: string, months: string, people: string, extra: Partial<EventSpec> = {}) =>
  prepEvent({
    id,
    date,
    ...extra,
    rows: [
      ['I', 'これまでで一番苦労したことは何ですか。'],
      ['M', `決済システムの移行プロジェクトで、${months}の間に旧システムを止めずにデータを移しました。`],
      ['I', 'チームは何名くらいでしたか。'],
      ['M', `${people}です。`],
    ],
  });

describe('numbers', () => {
  it('reads kanji and digit numbers with their counters', () => {
    expect(parseJapaneseNumber('三')).toBe(3);
    expect(parseJapaneseNumber('十五')).toBe(15);
    expect(parseJapaneseNumber('二千三百')).toBe(2300);
    expect(parseJapaneseNumber('１２')).toBe(12);
    expect(parseQuantity('三ヶ月')).toEqual({ value: 3, unit: 'months' });
    expect(parseQuantity('3か月')).toEqual({ value: 3, unit: 'months' });
    expect(parseQuantity('二割')).toEqual({ value: 20, unit: 'percent' });
    expect(parseQuantity('五名')).toEqual({ value: 5, unit: 'people' });
  });
});

describe('planted contradictions are found with both quotes', () => {
  it('different reasons for changing jobs, across companies', () => {
    const warnings = checkConsistency([
      intro('ev_a', '2026-10-01', '現職では運用が中心なので、もっと設計の段階から関わりたいと考えました。', {
        companyId: 'co_a',
      }),
      intro('ev_b', '2026-10-08', '正直に申し上げると、残業が多く、年収にも不満があったためです。', {
        companyId: 'co_b',
      }),
    ]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.kind).toBe('reason_for_change');
    expect(warnings[0]?.first.source.quote).toContain('設計の段階から関わりたい');
    expect(warnings[0]?.second.source.quote).toContain('残業が多く');
    expect([warnings[0]?.first.companyId, warnings[0]?.second.companyId]).toEqual(['co_a', 'co_b']);
  });

  it('different numbers for the same project between rounds (三ヶ月 vs 6か月, 五名 vs 十名)', () => {
    const warnings = checkConsistency([
      migration('ev_1', '2026-10-01', '三ヶ月', '五名', { round: 'first' }),
      migration('ev_2', '2026-10-15', '6か月', '十名', { round: 'second' }),
    ]);
    const numbers = warnings.filter((w) => w.kind === 'project_numbers');
    expect(numbers.map((w) => [w.first.source.quote, w.second.source.quote])).toEqual([
      [expect.stringContaining('三ヶ月'), expect.stringContaining('6か月')],
      ['五名です。', '十名です。'],
    ]);
    expect(numbers[0]?.first.source.eventId).toBe('ev_1');
    expect(numbers[0]?.second.source.eventId).toBe('ev_2');
  });

  it('contradicting wishes (manager vs specialist) in two interviews', () => {
    const warnings = checkConsistency([
      prepEvent({
        id: 'ev_1',
        date: '2026-10-01',
        rows: [
          ['I', '将来のキャリアについて教えてください。'],
          ['M', '将来はマネージャーとしてチームを率いる立場を目指したいです。'],
        ],
      }),
      prepEvent({
        id: 'ev_2',
        date: '2026-10-09',
        companyId: 'co_2',
        rows: [
          ['I', '今後どのようなエンジニアになりたいですか。'],
          ['M', '管理職にはならず、スペシャリストとして技術を極めたいと考えています。'],
        ],
      }),
    ]);
    expect(warnings.map((w) => w.kind)).toEqual(['motivation']);
    expect(warnings[0]?.first.source.quote).toContain('マネージャー');
    expect(warnings[0]?.second.source.quote).toContain('スペシャリスト');
  });
});

describe('consistent histories flag nothing', () => {
  it('the same reason in other words, the same figures written differently, compatible wishes', () => {
    const warnings = checkConsistency([
      intro('ev_1', '2026-10-01', '運用の比重が大きくなり、もっと設計から関わりたいと考えるようになりました。'),
      intro('ev_2', '2026-10-05', '上流の設計や要件定義に携わりたいと思い、転職を決めました。', { companyId: 'co_2' }),
      migration('ev_3', '2026-10-10', '三ヶ月', '五名'),
      migration('ev_4', '2026-10-20', '3か月', '5名', { round: 'second' }),
      prepEvent({
        id: 'ev_5',
        date: '2026-10-21',
        rows: [
          ['I', '強みは何ですか。'],
          ['M', '複雑な障害の調査を三日から一日に短縮したことがあり、問題を整理する力が強みです。'],
        ],
      }),
    ]);
    expect(warnings).toEqual([]);
  });
});
