import fs from 'node:fs';
import type { Company } from '@furikaeri/core';
import type { Download } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi } from '../support/api-client';
import { chromiumAvailable } from '../support/chromium';
import { DESKTOP, type E2eApp, openApp, TABLET } from '../support/e2e-app';
import { INTERVIEW_JSON, interviewFixturePresent } from '../support/interview-fixture';
import { reviewPage } from '../support/review-page';
import { screenshot } from '../support/screenshots';
import { analyseSeeded, type SeededInterview, seedInterview } from '../support/seed-review';

async function downloadedText(download: Download): Promise<string> {
  const file = await download.path();
  return fs.readFileSync(file, 'utf8');
}

/** Keeping the report: Markdown download, print, and the masked advisor export behind its rules. */
describe.skipIf(!chromiumAvailable() || !interviewFixturePresent())(
  `report exports on the review page in Chromium (needs /usr/bin/chromium and ${INTERVIEW_JSON})`,
  () => {
    let app: E2eApp;
    let seeded: SeededInterview;

    beforeAll(async () => {
      app = await openApp({ passphrase: '書き出す前に確認する 2026' });
      const company = await callApi<Company>(app.server, 'POST', '/companies', { name: '株式会社ミライ技研' });
      seeded = await seedInterview(app.server, { companyId: company.id, round: 'first', date: '2026-05-12' });
      await analyseSeeded(app.server, seeded.event.id);
      await app.page.goto(`${app.server.url}/#/events/${seeded.event.id}/review`);
      await reviewPage(app.page).waitUntilReady();
      await app.page.getByTestId('export-panel').waitFor({ timeout: 30_000 });
    });

    afterAll(async () => {
      await app?.dispose();
    });

    it('downloads the report as Markdown, in Japanese and in English', async () => {
      const { page } = app;
      const [ja] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-markdown').click()]);
      expect(ja.suggestedFilename()).toBe(`furikaeri-2026-05-12-${seeded.event.id}-ja.md`);
      const text = await downloadedText(ja);
      expect(text).toContain('一番苦労したこと');
      const [en] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('export-markdown-other').click(),
      ]);
      expect(await downloadedText(en)).not.toBe(text);
      expect(en.suggestedFilename()).toBe(`furikaeri-2026-05-12-${seeded.event.id}-en.md`);
    });

    it('has a print button and a print stylesheet that keeps only the summary and the cards', async () => {
      const { page } = app;
      await expect(page.getByTestId('export-print').isVisible()).resolves.toBe(true);
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByTestId('transcript').isVisible()).resolves.toBe(false);
      await expect(page.getByTestId('qa-summary').isVisible()).resolves.toBe(true);
      await expect(page.getByTestId('qa-card').first().isVisible()).resolves.toBe(true);
      await expect(page.getByTestId('export-panel').isVisible()).resolves.toBe(false);
      await page.emulateMedia({ media: 'screen' });
    });

    it('exports for an advisor only through a dialog with the rules, a masked preview, and Save', async () => {
      const { page } = app;
      await expect(page.getByText(/共有|シェア/).count()).resolves.toBe(0);
      await page.getByTestId('export-advisor').click();
      const dialog = page.getByTestId('advisor-dialog');
      await expect(dialog.getByTestId('advisor-rules').textContent()).resolves.toContain('SNS');
      await expect(dialog.getByTestId('advisor-save').count()).resolves.toBe(0);
      await screenshot(page, 'export-01-advisor-rules-ja', { fullPage: false });

      await dialog.getByTestId('advisor-names').fill('山田太郎\n田中');
      await dialog.getByTestId('advisor-preview').click();
      const preview = dialog.getByTestId('advisor-preview-text');
      await preview.waitFor();
      const text = await preview.inputValue();
      expect(text).toContain('一番苦労したこと');
      expect(text).not.toContain('ミライ技研');
      expect(text).not.toContain('山田太郎');
      expect(text).not.toContain('田中');
      expect(text).toContain('〇〇');
      await expect(dialog.getByTestId('advisor-hidden-names').textContent()).resolves.toContain('株式会社ミライ技研');
      await preview.scrollIntoViewIfNeeded();
      await screenshot(page, 'export-02-advisor-preview-ja', { fullPage: false });

      const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByTestId('advisor-save').click()]);
      expect(download.suggestedFilename()).toBe('advisor-2026-05-12.md');
      expect(await downloadedText(download)).toBe(text);
      await dialog.getByTestId('advisor-saved').waitFor();
      await dialog.getByTestId('advisor-dialog-close').click();
    });

    it('shows the dialog in English and on a tablet', async () => {
      const { page } = app;
      await page.getByTestId('locale-en').click();
      await page.setViewportSize(TABLET);
      await page.getByTestId('export-advisor').click();
      const dialog = page.getByTestId('advisor-dialog');
      await expect(dialog.getByTestId('advisor-rules').textContent()).resolves.toContain('social media');
      await dialog.getByTestId('advisor-preview').click();
      await dialog.getByTestId('advisor-preview-text').waitFor();
      await expect(dialog.getByTestId('advisor-preview-text').inputValue()).resolves.not.toContain('ミライ技研');
      await screenshot(page, 'export-03-advisor-tablet-en', { fullPage: false });
      await dialog.getByTestId('advisor-dialog-close').click();
      await page.getByTestId('export-panel').scrollIntoViewIfNeeded();
      await screenshot(page, 'export-04-panel-tablet-en', { fullPage: false });
      await page.getByTestId('locale-ja').click();
      await page.setViewportSize(DESKTOP);
      expect(app.cspViolations).toEqual([]);
    });
  },
);
