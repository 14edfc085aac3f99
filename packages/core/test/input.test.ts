import { describe, expect, it } from 'vitest';
import { AppError, isCalendarDate, parseCompanyInput, parseEventInput } from '../src/index';

function validationFields(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return Object.keys(((error as AppError).details?.fields ?? {}) as object).sort();
  }
  throw new Error('expected a validation error');
}

describe('event input', () => {
  const base = { companyId: 'co_aaaaaaaaaaaa', type: 'interview' };

  it('fills sensible defaults: today, consent not asked, no participants', () => {
    expect(parseEventInput(base, '2026-11-24')).toMatchObject({
      date: '2026-11-24',
      consent: 'not_asked',
      participants: [],
      round: null,
      time: null,
    });
  });

  it('names every wrong field at once', () => {
    const fields = validationFields(() =>
      parseEventInput({ type: 'party', date: '24/11/2026', time: '25:00', consent: 'maybe' }, '2026-11-24'),
    );
    expect(fields).toEqual(['companyId', 'consent', 'date', 'time', 'type']);
  });

  it('allows a round only for interviews and a missing company only for practice', () => {
    expect(
      validationFields(() => parseEventInput({ ...base, type: 'roundtable', round: 'first' }, '2026-11-24')),
    ).toEqual(['round']);
    expect(validationFields(() => parseEventInput({ type: 'interview' }, '2026-11-24'))).toEqual(['companyId']);
    expect(parseEventInput({ type: 'practice' }, '2026-11-24').companyId).toBeNull();
  });

  it('keeps participants with a name or a role, drops empty rows, rejects malformed ones', () => {
    const value = parseEventInput(
      {
        ...base,
        participants: [
          { name: '', role: '面接官' },
          { name: '', role: '' },
          { name: '佐藤', role: '' },
        ],
      },
      '2026-11-24',
    );
    expect(value.participants).toEqual([
      { name: '', role: '面接官' },
      { name: '佐藤', role: '' },
    ]);
    expect(validationFields(() => parseEventInput({ ...base, participants: [{ name: 3 }] }, '2026-11-24'))).toEqual([
      'participants',
    ]);
  });

  it('rejects ids that are not ours (no SQL or path tricks through ids)', () => {
    expect(validationFields(() => parseEventInput({ ...base, companyId: "co_1' OR 1=1" }, '2026-11-24'))).toEqual([
      'companyId',
    ]);
  });

  it('checks real calendar dates', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
  });
});

describe('company input', () => {
  it('normalises and trims the name, and requires it', () => {
    expect(parseCompanyInput({ name: '  株式会社ﾃｽﾄ ' }).name).toBe('株式会社ﾃｽﾄ');
    expect(validationFields(() => parseCompanyInput({ name: '' }))).toEqual(['name']);
    expect(validationFields(() => parseCompanyInput('name'))).toEqual(['_', 'name']);
  });
});
