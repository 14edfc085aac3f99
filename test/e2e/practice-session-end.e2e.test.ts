import type { Application } from '@furikaeri/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../support/chromium';
import { type E2eApp, openApp } from '../support/e2e-app';
import { INTERVIEW_JSON, interviewFixturePresent } from '../support/interview-fixture';
import { shot } from '../support/polish-shots';
import { seedFirstRoundApplication } from '../support/seed-review';

/** A practice session from its first question to its end, after a first round (the shared fixture). */
describe.skipIf(!chromiumAvailable() || !interviewFixturePresent())(
  `the end of a practice session (needs /usr/bin/chromium and ${INTERVIEW_JSON})`,
  () => {
    let app: E2eApp;
    let application: Application;

    beforeAll(async () => {
      app = await openApp({ passphrase: '最後まで練習する 2026' });
      ({ application } = await seedFirstRoundApplication(app.server));
    });
    afterAll(async () => {
      await app?.dispose();
    });

    it('ends with a summary of what was answered, its verdicts and the ways on; the timer in one format', async () => {
      const { page } = app;
      await page.goto(`${app.server.url}/#/practice?target=${application.id}`);
      await page.getByTestId('practice-start').click();
      await page.getByTestId('practice-question').waitFor();
      await expect(page.getByTestId('practice-timer').textContent()).resolves.toMatch(/^経過 0:0\d（目安 1:00）$/);
      await page
        .getByTestId('practice-answer')
        .fill('移行プロジェクトでは、手順の設計とリハーサルの計画を担当しました。');
      await page.getByTestId('practice-send').click();
      await page.getByTestId('attempt-result').waitFor();
      const counter = page.locator('.practice-question .meta-text');
      const total = Number(/\/ (\d+)問/.exec((await counter.textContent()) ?? '')?.[1]);
      expect(total).toBeGreaterThan(1);
      for (let index = 1; index < total; index += 1) await page.getByTestId('practice-next').click();
      await expect(page.getByTestId('practice-next').textContent()).resolves.toBe('練習を終える');
      await page.getByTestId('practice-next').click();
      const summary = page.getByTestId('practice-summary');
      await summary.waitFor();
      await expect(page.getByTestId('summary-answered').textContent()).resolves.toBe(`${total}問中1問に答えました。`);
      await expect(summary.locator('[data-answered="true"]').count()).resolves.toBe(1);
      await expect(summary.getByTestId('summary-verdicts').textContent()).resolves.toContain('長さ: 短い');
      await expect(page.getByTestId('practice-back').getAttribute('href')).resolves.toBe(`#/prep/${application.id}`);
      await shot(page, 'polish-05-practice-summary-ja');
      await page.getByTestId('practice-again').click();
      await expect(counter.textContent()).resolves.toBe(`1 / ${total}問`);
    });
  },
);
