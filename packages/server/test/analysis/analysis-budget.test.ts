import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_TIME_BUDGET_MS } from '../../src/analysis/analysis-budget';
import type { AppContext } from '../../src/app-context';
import { type TempContext, tempContext } from '../support/temp-context';

let env: TempContext;
let ctx: AppContext;
let eventId: string;

beforeAll(async () => {
  env = await tempContext();
  ctx = env.ctx;
  const company = ctx.library.createCompany({ name: '予算テスト株式会社' });
  eventId = ctx.library.createEvent({ companyId: company.id, type: 'interview' }).id;
});
afterAll(() => env.cleanup());

/** ASR-like text without punctuation; kuromoji needs minutes for all of it, so only the budget ends the job. */
function unpunctuated(characters: number): string {
  const phrases = ['私は大学で', 'マーケティングを学び', 'その経験を活かして', '御社で働きたいと考えています'];
  let text = '';
  for (let index = 0; text.length < characters; index += 1) text += phrases[index % phrases.length];
  return text.slice(0, characters);
}

describe('the analysis time budget', () => {
  it('is a setting with a default, refusing absurd values', () => {
    expect(ctx.analysis.timeBudget()).toEqual({ timeBudgetMs: DEFAULT_TIME_BUDGET_MS });
    for (const timeBudgetMs of [-1, 0, 1e308, 12.5, '5000', null]) {
      expect(() => ctx.analysis.setTimeBudget({ timeBudgetMs })).toThrow(/time limit/);
    }
    expect(ctx.analysis.setTimeBudget({ timeBudgetMs: 1_000 })).toEqual({ timeBudgetMs: 1_000 });
    expect(ctx.analysis.timeBudget()).toEqual({ timeBudgetMs: 1_000 });
  });

  it('ends a job on a huge unpunctuated transcript with a report on the start, which says it stopped', async () => {
    const file = `面接官: 志望動機を教えてください。\n自分: ${unpunctuated(400_000)}\n`;
    const { job } = await ctx.transcriptImports.importFile({
      eventId,
      fileName: 'notes.txt',
      bytes: new TextEncoder().encode(file),
    });
    // The one long line is stored as segments of at most 1,000 characters.
    const stored = ctx.transcriptImports.current(eventId).segments;
    expect(stored.length).toBeGreaterThan(400);
    expect(Math.max(...stored.map((segment) => segment.text.length))).toBeLessThanOrEqual(1_000);
    await ctx.worker.drain();
    expect(ctx.repos.jobs.require(job.id).status).toBe('succeeded');
    const report = ctx.analysis.latest(eventId)?.report;
    expect(report?.coverage).toMatchObject({ complete: false, reason: 'time_budget', budgetMs: 1_000 });
    expect(report?.coverage?.analysedCharacters).toBeLessThan(400_000);
    expect(report?.questions[0]?.question.text).toContain('志望動機');
    expect(report?.notes[0]?.ja).toContain('時間の上限（1秒）で打ち切りました');
    expect(report?.notes[0]?.en).toContain('stopped at its time limit (1 s)');
  });
});
