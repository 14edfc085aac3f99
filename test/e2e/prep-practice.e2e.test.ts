import type { Application, Company } from '@furikaeri/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../support/chromium';
import { type E2eApp, openApp } from '../support/e2e-app';
import { INTERVIEW_JSON, interviewFixturePresent } from '../support/interview-fixture';
import { screenshot } from '../support/screenshots';
import { seedFirstRoundApplication } from '../support/seed-review';

/**
 * The next round in Chromium: the shared first round as history; the prep page predicts follow-ups on the
 * migration project with a link to the moment, keeps a drafted answer, and practice mode takes typed
 * answers, checks them at once and charts the attempts.
 */
describe.skipIf(!chromiumAvailable() || !interviewFixturePresent())(
  `prep and practice in Chromium (needs /usr/bin/chromium and ${INTERVIEW_JSON})`,
  () => {
    let app: E2eApp;
    let company: Company;
    let application: Application;

    beforeAll(async () => {
      app = await openApp({ passphrase: '次の面接に備える 2026' });
      ({ company, application } = await seedFirstRoundApplication(app.server));
    });

    afterAll(async () => {
      await app?.dispose();
    });

    it('shows the predicted follow-ups with why and a link to the moment they came from', async () => {
      const { page } = app;
      await page.goto(`${app.server.url}/#/companies/${company.id}`);
      await page.getByTestId('prep-link').click();
      await page.getByTestId('prep-page').waitFor();
      const texts = await page.getByTestId('prediction-text').allTextContents();
      expect(texts.some((text) => text.includes('移行プロジェクト') && text.includes('役割'))).toBe(true);
      expect(texts.some((text) => text.includes('設計の段階から関わりたい'))).toBe(true);
      await screenshot(page, 'prep-01-predictions', { fullPage: true });

      const role = page.getByTestId('prediction').filter({ hasText: '役割は何でしたか' }).first();
      await role.getByTestId('prepare-toggle').click();
      await role
        .getByTestId('note-draft')
        .fill('手順の設計とリハーサルの計画を担当し、5名のチームのサブリーダーでした。');
      await role.getByTestId('note-points').fill('サブリーダー\nリハーサルの計画');
      await role.getByTestId('note-save').click();
      await expect
        .poll(() =>
          page.getByTestId('checklist-item').filter({ hasText: '役割は何でしたか' }).first().getAttribute('data-done'),
        )
        .toBe('true');
      await page
        .getByTestId('reverse-questions')
        .fill('配属予定のチームの技術スタックを教えてください。\n評価制度について教えてください。');
      await page.getByTestId('reverse-save').click();
      // The technology stack was asked in round 1 already: only the other is left.
      await expect.poll(() => page.getByTestId('checklist-item').filter({ hasText: '評価制度' }).count()).toBe(1);
      await expect(page.getByTestId('checklist-item').filter({ hasText: '技術スタック' }).count()).resolves.toBe(0);
      await screenshot(page, 'prep-02-prepared', { fullPage: true });

      await role.getByTestId('source-link').click();
      await page.waitForURL(/\/review\?t=\d/);
    });

    it('practises the predicted questions with typed answers, checks each at once and charts the attempts', async () => {
      const { page } = app;
      await page.goto(`${app.server.url}/#/prep/${application.id}`);
      await page.getByTestId('practice-link').click();
      await page.getByTestId('practice-page').waitFor();
      await page.getByTestId('practice-start').click();
      const question = page.getByTestId('practice-question');
      await question.waitFor();
      // One format in both languages: m:ss against the 1-minute target.
      await expect(page.getByTestId('practice-timer').textContent()).resolves.toMatch(/^経過 0:0\d（目安 1:00）$/);
      await page.getByTestId('practice-answer').fill('えーと、移行の手順を設計しました。');
      await page.getByTestId('practice-send').click();
      await page.getByTestId('attempt-result').waitFor();
      await expect(page.getByTestId('result-fillers').textContent()).resolves.toContain('えーと');
      await expect(page.getByTestId('key-point').first().getAttribute('data-covered')).resolves.toBe('false');
      await page
        .getByTestId('practice-answer')
        .fill(
          '私はサブリーダーとして、移行手順の設計とリハーサルの計画を担当しました。毎週のリハーサルで所要時間を四時間から一時間半に縮めました。',
        );
      await page.getByTestId('practice-send').click();
      await expect.poll(() => page.getByTestId('progress-chart').getByTestId('chart-point').count()).toBe(2);
      await expect(page.getByTestId('key-point').first().getAttribute('data-covered')).resolves.toBe('true');
      await screenshot(page, 'practice-01-attempts', { fullPage: true });
    });

    it('lists the question bank with my answers and keeps the one I mark as best', async () => {
      const { page } = app;
      await page.goto(`${app.server.url}/#/questions`);
      await page.getByTestId('question-bank-page').waitFor();
      expect(await page.getByTestId('bank-group').count()).toBeGreaterThan(3);
      await page.getByTestId('mark-best').first().click();
      await page.getByTestId('best-badge').waitFor();
      await page.reload();
      await page.getByTestId('best-badge').waitFor();
      await screenshot(page, 'questions-01-bank', { fullPage: true });
    });
  },
);
