import fs from 'node:fs';
import path from 'node:path';
import type { Application, Company, JobEvent, PracticeQuestion, PrepView } from '@furikaeri/core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi } from '../support/api-client';
import { chromiumAvailable } from '../support/chromium';
import { type E2eApp, openApp } from '../support/e2e-app';
import { screenshot } from '../support/screenshots';
import { storeTranscript } from '../support/seed-review';

const COMPANY = '株式会社れんしゅう商会';
/** Where the walk's pictures go besides test-results (for a human to look at). */
const SHOTS = process.env.FURIKAERI_SHOTS_DIR;

/**
 * The practice page's set chooser: predicted questions named by company and application (not by an id), for the
 * round the prep page showed; a kind of question the user was never asked falls back to the generic ones, saying so.
 */
describe.skipIf(!chromiumAvailable())('practice sets in Chromium (needs /usr/bin/chromium)', () => {
  let app: E2eApp;
  let company: Company;
  let sales: Application;

  beforeAll(async () => {
    app = await openApp({ passphrase: '練習の質問を選ぶ 2026' });
    const { server } = app;
    company = await callApi<Company>(server, 'POST', '/companies', { name: COMPANY });
    sales = await callApi<Application>(server, 'POST', '/applications', {
      companyId: company.id,
      role: '法人営業',
      status: 'in_progress',
    });
    const event = await callApi<JobEvent>(server, 'POST', '/events', {
      companyId: company.id,
      applicationId: sales.id,
      type: 'interview',
      round: 'first',
      consent: 'granted',
    });
    const segment = (id: string, speaker: string, at: number, text: string) => ({
      id,
      speaker,
      startMs: at * 1000,
      endMs: at * 1000 + 9000,
      text,
      confidence: null,
    });
    storeTranscript(server, event.id, null, {
      language: 'ja',
      source: { kind: 'import', format: 'text', fileName: 'first.txt', estimatedTiming: true },
      speakers: [
        { key: 'S1', label: '面接官', role: 'interviewer' },
        { key: 'S2', label: '自分', role: 'me' },
      ],
      segments: [
        segment('seg-1', 'S1', 0, '学生時代に力を入れたことを教えてください'),
        segment('seg-2', 'S2', 10, 'テニスサークルで新入生の勧誘を担当し、入会者を三十人に増やしました'),
      ],
      speechRegions: [],
    });
  });

  afterAll(async () => {
    await app?.dispose();
  });

  async function shot(page: Page, name: string): Promise<void> {
    const file = await screenshot(page, name);
    if (SHOTS) fs.copyFileSync(file, path.join(SHOTS, `${name}.png`));
  }

  it('opens from the prep page with the application named and the round chosen there', async () => {
    const { page } = app;
    await page.goto(`${app.server.url}/#/prep/${sales.id}`);
    await page.getByTestId('prep-page').waitFor();
    await page.getByTestId('prep-round').selectOption('final');
    await expect.poll(() => page.url()).toContain('round=final');
    await expect.poll(() => page.getByTestId('practice-link').getAttribute('href')).toContain('round=final');
    await page.getByTestId('practice-link').click();
    await page.getByTestId('practice-page').waitFor();
    const target = page.getByTestId('set-target');
    await expect.poll(() => target.inputValue()).toBe(sales.id);
    const shown = await target.locator('option:checked').textContent();
    expect(shown).toBe(`${COMPANY} — 法人営業`);
    expect(shown).not.toContain('app_');
    await expect(page.getByTestId('set-round').inputValue()).resolves.toBe('final');
    await shot(page, 'practice-01-chooser-from-prep');

    await page.getByTestId('practice-start').click();
    await page.getByTestId('practice-question').waitFor();
    const finalRound = await callApi<PrepView>(app.server, 'GET', `/prep/${sales.id}?round=final`);
    const [first] = finalRound.predictions;
    await expect(page.getByTestId('practice-question').textContent()).resolves.toContain(first?.text.ja ?? '—');
    // The next round's predictions are not the final's: the round really was passed.
    const next = await callApi<PracticeQuestion[]>(
      app.server,
      'GET',
      `/practice/questions?set=predicted&target=${sales.id}`,
    );
    expect(next.map((q) => q.text)).not.toEqual(finalRound.predictions.map((p) => p.text.ja));
  });

  it('offers every company and application by name', async () => {
    const { page } = app;
    await page.goto(`${app.server.url}/#/practice`);
    await page.getByTestId('set-chooser').waitFor();
    await page.getByTestId('set-kind').selectOption('predicted');
    const options = page.getByTestId('set-target').locator('option');
    await expect
      .poll(() => options.allTextContents())
      .toEqual(['選んでください', `${COMPANY}（会社全体）`, `${COMPANY} — 法人営業`]);
  });

  it('practises generic questions of a kind never asked yet, and says so', async () => {
    const { page } = app;
    await page.getByTestId('set-kind').selectOption('category');
    await page.getByTestId('set-category').selectOption('stress');
    await page.getByTestId('practice-start').click();
    const notice = page.getByTestId('generic-fallback');
    await notice.waitFor();
    await expect(notice.textContent()).resolves.toContain('「ストレス耐性」の質問はまだ聞かれた記録がないため');
    await expect(page.getByTestId('practice-question').textContent()).resolves.toContain('プレッシャー');
    await expect(page.getByTestId('no-questions').count()).resolves.toBe(0);
    await shot(page, 'practice-02-generic-fallback');

    // A kind with no generic form says what to do instead of "no questions".
    await page.getByTestId('set-category').selectOption('fact');
    await page.getByTestId('practice-start').click();
    await expect
      .poll(async () => (await page.getByTestId('no-questions').textContent()) ?? '')
      .toContain('「事実確認」の質問は、記録にも定番の質問にもありません');
  });
});
