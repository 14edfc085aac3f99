import type { Application } from '@furikaeri/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../support/chromium';
import { type E2eApp, openApp } from '../support/e2e-app';
import { INTERVIEW_JSON, interviewFixturePresent } from '../support/interview-fixture';
import { setLocale, shot } from '../support/polish-shots';
import { seedFirstRoundApplication } from '../support/seed-review';
import { untranslatedTexts } from '../support/untranslated';

/** What the test named things: user content wherever it shows (titles, breadcrumbs, sources). */
const NAMES = ['株式会社クラウド決済', 'バックエンドエンジニア'] as const;

/** The next-round pages switched to English, after a first round (the shared fixture). */
describe.skipIf(!chromiumAvailable() || !interviewFixturePresent())(
  `prep, practice and the question bank in English (needs /usr/bin/chromium and ${INTERVIEW_JSON})`,
  () => {
    let app: E2eApp;
    let application: Application;

    beforeAll(async () => {
      app = await openApp({ passphrase: 'in English please 2026' });
      ({ application } = await seedFirstRoundApplication(app.server, { company: NAMES[0], role: NAMES[1] }));
    });
    afterAll(async () => {
      await app?.dispose();
    });

    it('shows no Japanese in the chrome of the prep, practice and bank pages (user content aside)', async () => {
      const { page } = app;
      await page.goto(`${app.server.url}/#/prep/${application.id}`);
      await page.getByTestId('prep-page').waitFor();
      await setLocale(page, 'en');
      expect(await untranslatedTexts(page, NAMES)).toEqual([]);
      await shot(page, 'polish-06-prep-en');

      await page.goto(`${app.server.url}/#/practice?target=${application.id}`);
      await page.getByTestId('practice-start').click();
      await page.getByTestId('practice-answer').fill('えーと、移行の手順を設計しました。');
      await page.getByTestId('practice-send').click();
      await page.getByTestId('attempt-result').waitFor();
      await expect(page.getByTestId('practice-timer').textContent()).resolves.toMatch(
        /^Elapsed 0:\d\d \(target 1:00\)$/,
      );
      await expect(page.getByTestId('result-length-gap').textContent()).resolves.toMatch(
        /\d+ % of the 300-character target, about \d+ characters short of it/,
      );
      expect(await untranslatedTexts(page, NAMES)).toEqual([]);
      await shot(page, 'polish-07-practice-en');
      await page.getByTestId('practice-answer').fill('x'.repeat(10_001));
      await expect(page.getByTestId('practice-answer-count').textContent()).resolves.toContain('over the 10,000');
      await expect(page.getByTestId('practice-send').isDisabled()).resolves.toBe(true);
      await page.getByTestId('practice-answer').fill('');
      const counter = (await page.locator('.practice-question .meta-text').textContent()) ?? '';
      const total = Number(/of (\d+)/.exec(counter)?.[1]);
      for (let index = 1; index <= total; index += 1) await page.getByTestId('practice-next').click();
      await page.getByTestId('practice-summary').waitFor();
      expect(await untranslatedTexts(page, NAMES)).toEqual([]);
      await shot(page, 'polish-08-practice-summary-en');

      await page.goto(`${app.server.url}/#/questions`);
      await page.getByTestId('bank-group').first().waitFor();
      expect(await untranslatedTexts(page, NAMES)).toEqual([]);
      await shot(page, 'polish-09-bank-en');
      await setLocale(page, 'ja');
    });
  },
);
