import fs from 'node:fs';
import path from 'node:path';
import type { Application, Company, JobEvent } from '@furikaeri/core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, uploadFile, waitUntilReady } from '../support/api-client';
import { chromiumAvailable } from '../support/chromium';
import { type E2eApp, openApp } from '../support/e2e-app';
import { screenshot } from '../support/screenshots';
import { sineWav } from '../support/wav';

const COMPANY = '株式会社けす商事';
/** Where the walk's pictures go besides test-results (for a human to look at). */
const SHOTS = process.env.FURIKAERI_SHOTS_DIR;

/**
 * Deleting a company or an application from the browser: the confirmation says what goes with it (counted by the
 * server), is a modal the keyboard can use (focus starts on "keep", stays inside, Escape cancels), in Japanese and
 * English, and afterwards says what was deleted — on the library for a company, on the company page for an application.
 */
describe.skipIf(!chromiumAvailable())('deleting a company or an application (needs /usr/bin/chromium)', () => {
  let app: E2eApp;
  let company: Company;

  beforeAll(async () => {
    app = await openApp({ passphrase: '消すまえに確かめる 2026' });
    const { server } = app;
    company = await callApi<Company>(server, 'POST', '/companies', { name: COMPANY });
    const sales = await callApi<Application>(server, 'POST', '/applications', {
      companyId: company.id,
      role: '法人営業',
      status: 'in_progress',
    });
    const planning = await callApi<Application>(server, 'POST', '/applications', {
      companyId: company.id,
      role: '商品企画',
      status: 'in_progress',
    });
    const event = (applicationId: string, round: string) =>
      callApi<JobEvent>(server, 'POST', '/events', {
        companyId: company.id,
        applicationId,
        type: 'interview',
        round,
        consent: 'granted',
      });
    const first = await event(sales.id, 'first');
    await event(planning.id, 'first');
    const { recording } = await uploadFile(server, first.id, '一次面接.wav', sineWav(2));
    await waitUntilReady(server, recording.id);
    await callApi(server, 'POST', '/companies', { name: '株式会社のこる' });
  });

  afterAll(async () => {
    await app?.dispose();
  });

  async function shot(page: Page, name: string, fullPage = true): Promise<void> {
    const file = await screenshot(page, name, { fullPage });
    if (SHOTS) fs.copyFileSync(file, path.join(SHOTS, `${name}.png`));
  }
  // Strings, not functions: the tests are compiled without the DOM's types.
  const focused = (page: Page) => page.evaluate('document.activeElement?.dataset.testid ?? null');
  const focusInside = (page: Page, testId: string) =>
    page.evaluate(`document.querySelector('[data-testid="${testId}"]').contains(document.activeElement)`);

  it('deletes an application after saying its events stay; Escape cancels first', async () => {
    const { page } = app;
    await page.goto(`${app.server.url}/#/companies/${company.id}`);
    await page.getByTestId('company-page').waitFor();
    // The button names its application for a screen reader (every row's says only 削除…).
    const deleteButton = page.getByRole('button', { name: '応募「商品企画」を削除' });
    await deleteButton.click();
    const dialog = page.getByTestId('delete-application-dialog');
    await dialog.getByTestId('deletion-impact').waitFor();
    await expect(dialog.getByRole('heading').textContent()).resolves.toBe('応募「商品企画」を削除しますか？');
    await expect(dialog.getByTestId('deletion-kept').textContent()).resolves.toContain('予定・記録 1件は削除されず');
    await expect(focused(page)).resolves.toBe('delete-application-dialog-keep');
    await shot(page, 'delete-01-application-dialog', false);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect(focused(page)).resolves.toBe('delete-application');
    await expect(page.getByTestId('application-row').count()).resolves.toBe(2);

    await deleteButton.click();
    await dialog.getByTestId('deletion-impact').waitFor();
    await dialog.getByTestId('delete-application-dialog-confirm').click();
    const notice = page.getByTestId('application-deleted');
    await notice.waitFor();
    await expect(notice.textContent()).resolves.toContain('応募「商品企画」を削除しました');
    // Its row and delete button are gone: the keyboard goes on from the notice, not from the top of the page.
    await expect(
      page.evaluate(
        'document.activeElement?.contains(document.querySelector(\'[data-testid="application-deleted"]\'))',
      ),
    ).resolves.toBe(true);
    await expect.poll(() => page.getByTestId('application-row').count()).toBe(1);
    // Its interview stays with the company, not linked to an application.
    await expect(page.getByTestId('company-page').textContent()).resolves.toContain('1次面接');
    await shot(page, 'delete-02-application-deleted');
  });

  it('lists what goes with the company, keeps focus inside the dialog, and says it in English too', async () => {
    const { page } = app;
    await page.getByTestId('delete-company').click();
    const dialog = page.getByTestId('delete-company-dialog');
    await dialog.getByTestId('deletion-impact').waitFor();
    await expect(dialog.getByRole('heading').textContent()).resolves.toBe(`「${COMPANY}」を削除しますか？`);
    const lines = await dialog.getByTestId('deletion-line').allTextContents();
    expect(lines).toEqual([
      '応募 1件',
      expect.stringContaining('予定・記録 2件'),
      '録音 1件',
      expect.stringMatching(/^音声ファイル 1件（[\d.]+ KB）/),
    ]);
    await expect(focused(page)).resolves.toBe('delete-company-dialog-keep');
    for (let i = 0; i < 6; i += 1) {
      await page.keyboard.press('Tab');
      await expect(focusInside(page, 'delete-company-dialog')).resolves.toBe(true);
    }
    await shot(page, 'delete-03-company-dialog', false);
    await dialog.getByTestId('delete-company-dialog-keep').click();
    await dialog.waitFor({ state: 'detached' });

    await page.getByTestId('locale-en').click();
    await page.getByTestId('delete-company').click();
    await dialog.getByTestId('deletion-impact').waitFor();
    await expect(dialog.getByRole('heading').textContent()).resolves.toBe(`Delete “${COMPANY}”?`);
    await expect(dialog.getByTestId('deletion-line').allTextContents()).resolves.toContain('1 recording');
    await expect(dialog.getByTestId('delete-company-dialog-confirm').textContent()).resolves.toBe(
      `Delete “${COMPANY}”`,
    );
    await shot(page, 'delete-04-company-dialog-en', false);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await page.getByTestId('locale-ja').click();
  });

  it('deletes the company and goes back to the library, which says so once', async () => {
    const { page } = app;
    await page.getByTestId('delete-company').click();
    const dialog = page.getByTestId('delete-company-dialog');
    await dialog.getByTestId('deletion-impact').waitFor();
    await dialog.getByTestId('delete-company-dialog-confirm').click();
    await page.getByTestId('home-page').waitFor();
    const notice = page.getByTestId('page-notice');
    await expect(notice.textContent()).resolves.toContain(`「${COMPANY}」を削除しました`);
    await page.getByTestId('company-card').first().waitFor();
    await expect(page.getByTestId('company-card').allTextContents()).resolves.toEqual([
      expect.stringContaining('株式会社のこる'),
    ]);
    await page.getByText('まだ予定・記録がありません').waitFor();
    await shot(page, 'delete-05-library-notice');
    await page.reload();
    await page.getByTestId('home-page').waitFor();
    await page.getByTestId('company-card').first().waitFor();
    await expect(page.getByTestId('page-notice').count()).resolves.toBe(0);
  });
});
