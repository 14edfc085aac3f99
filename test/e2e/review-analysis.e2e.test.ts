import type { AnalysisReport, Company } from '@furikaeri/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi } from '../support/api-client';
import { chromiumAvailable } from '../support/chromium';
import { DESKTOP, type E2eApp, openApp, TABLET } from '../support/e2e-app';
import { INTERVIEW_JSON, interviewFixturePresent } from '../support/interview-fixture';
import { reviewPage } from '../support/review-page';
import { screenshot, screenshotOf } from '../support/screenshots';
import { analyseSeeded, type SeededInterview, seedInterview } from '../support/seed-review';

/** The analysis on the review page: summary, Q/A cards, fillers in the transcript, charts; exports are in review-export. */
describe.skipIf(!chromiumAvailable() || !interviewFixturePresent())(
  `analysis on the review page in Chromium (needs /usr/bin/chromium and ${INTERVIEW_JSON})`,
  () => {
    let app: E2eApp;
    let seeded: SeededInterview;
    let report: AnalysisReport;
    const cards = () => app.page.getByTestId('qa-card');

    beforeAll(async () => {
      app = await openApp({ passphrase: '分析を見て次に備える 2026' });
      const company = await callApi<Company>(app.server, 'POST', '/companies', { name: '株式会社ミライ技研' });
      seeded = await seedInterview(app.server, { companyId: company.id, round: 'first', date: '2026-05-12' });
      report = await analyseSeeded(app.server, seeded.event.id);
      await app.page.goto(`${app.server.url}/#/events/${seeded.event.id}/review`);
      await reviewPage(app.page).waitUntilReady();
      await cards().first().waitFor({ timeout: 30_000 });
    });

    afterAll(async () => {
      await app?.dispose();
    });

    it('shows a card per question with its category, my answer and measures, and flags only the off-topic answer', async () => {
      const { page } = app;
      await expect(cards().count()).resolves.toBe(report.questions.length);
      const flagged = page.locator('[data-testid="qa-card"][data-flagged="true"]');
      await expect(flagged.count()).resolves.toBe(1);
      await expect(flagged.getByTestId('qa-question').textContent()).resolves.toContain('一番苦労したこと');
      await expect(flagged.getByTestId('qa-category').textContent()).resolves.toBe('苦労・失敗経験');
      await expect(flagged.getByTestId('relevance-flag').getAttribute('data-flag')).resolves.toBe('off_topic');
      await expect(flagged.getByTestId('relevance-flag').textContent()).resolves.toContain('質問からずれています');
      await expect(flagged.getByTestId('relevance-reason').textContent()).resolves.toContain('強み');
      await expect(flagged.getByTestId('qa-answer').textContent()).resolves.toContain('コミュニケーション能力');
      await expect(flagged.getByTestId('measure-pace').textContent()).resolves.toContain('335字/分');
      await expect(flagged.getByTestId('measure-fillers').textContent()).resolves.toContain('2回');
      // The follow-up that dug into it points back to it.
      const followUp = cards().nth(3).getByTestId('qa-follow-up');
      await expect(followUp.textContent()).resolves.toBe('Q3 の深掘り');

      const summary = page.getByTestId('qa-summary');
      await expect(summary.getByTestId('summary-flagged').textContent()).resolves.toContain('1');
      await expect(summary.getByTestId('summary-talk-share').textContent()).resolves.toContain('57%');
      await expect(summary.getByTestId('summary-focus').locator('li').count()).resolves.toBe(3);
      await expect(summary.getByTestId('summary-notes').textContent()).resolves.toContain('音声区間');
      await expect(page.getByTestId('my-questions').getByTestId('exchange').textContent()).resolves.toContain(
        'TypeScriptとGo',
      );
      await screenshotOf(page.getByTestId('slot-qa-cards'), 'analysis-01-cards-ja');
      await screenshotOf(summary, 'analysis-01a-summary-ja');
      await screenshotOf(flagged, 'analysis-01b-flagged-card-ja');
    });

    it('seeks the player to the question when its jump button is pressed', async () => {
      const { page } = app;
      await cards().nth(2).getByTestId('qa-jump').click();
      await expect.poll(async () => (await reviewPage(page).state()).currentTime).toBeCloseTo(65.665, 1);
      await expect(reviewPage(page).currentLineText()).resolves.toContain('一番苦労したこと');
    });

    it('highlights every filler of the report inside the transcript lines, as text', async () => {
      const { page } = app;
      const expected = report.questions.flatMap((question) => question.answer?.metrics.fillers.items ?? []);
      const marks = page.locator('[data-testid="transcript-lines"] mark.filler');
      await expect(marks.count()).resolves.toBe(expected.length);
      await expect(marks.allTextContents()).resolves.toEqual(expected.map((item) => item.word));
      const line = page.locator('[data-testid="transcript-line"][data-segment-id="seg-6"]');
      await expect(line.getByTestId('line-text').textContent()).resolves.toBe(
        'あのー、現在の会社では、えーと、運用業務の比重が大きくなってきておりまして、もっと設計の段階から関わりたいと考えるようになりました。御社では、サービスの設計から改善まで一貫して担当できると伺い、志望いたしました。',
      );
    });

    it('draws the delivery charts with their values in an accessible table', async () => {
      const { page } = app;
      const pace = page.getByTestId('chart-pace-table');
      await expect(pace.locator('tbody tr').count()).resolves.toBe(6);
      await expect(pace.locator('tbody tr').nth(2).textContent()).resolves.toBe('Q3335字/分');
      await expect(page.getByTestId('chart-pace').locator('rect.chart__bar').count()).resolves.toBe(6);
      await expect(page.getByTestId('chart-fillers-table').locator('tbody tr').nth(1).textContent()).resolves.toBe(
        'Q26.2回/分 (2)',
      );
      await expect(page.getByTestId('chart-share-table').textContent()).resolves.toContain('57%');
      const pitched = report.questions.filter((question) => question.answer?.metrics.intonation).length;
      if (pitched > 0) {
        await expect(page.getByTestId('chart-pitch-table').locator('tbody tr').count()).resolves.toBe(pitched);
      } else {
        await page.getByTestId('chart-pitch-missing').waitFor();
      }
      await expect(page.getByTestId('chart-pace').getAttribute('aria-labelledby')).resolves.toBeTruthy();
      await screenshotOf(page.getByTestId('slot-delivery-charts'), 'analysis-02-charts-ja');
    });

    it('reads in English, and on a tablet without sideways scrolling', async () => {
      const { page } = app;
      await page.getByTestId('locale-en').click();
      const flagged = page.locator('[data-testid="qa-card"][data-flagged="true"]');
      await expect(flagged.getByTestId('relevance-flag').textContent()).resolves.toContain('Off the question');
      await expect(flagged.getByTestId('qa-category').textContent()).resolves.toBe('Hardship or failure');
      await screenshotOf(page.getByTestId('slot-qa-cards'), 'analysis-03-cards-en');
      await screenshotOf(flagged, 'analysis-03a-flagged-card-en');
      await screenshotOf(page.getByTestId('slot-delivery-charts'), 'analysis-04-charts-en');
      await page.setViewportSize(TABLET);
      const overflow = await page.evaluate(
        'document.documentElement.scrollWidth - document.documentElement.clientWidth',
      );
      expect(overflow).toBe(0);
      await page.getByTestId('slot-qa-cards').scrollIntoViewIfNeeded();
      await screenshot(page, 'analysis-05-tablet-en-viewport', { fullPage: false });
      await page.getByTestId('locale-ja').click();
      await screenshotOf(page.getByTestId('slot-delivery-charts'), 'analysis-06-charts-tablet-ja');
      await screenshot(page, 'analysis-07-tablet-ja');
      await page.setViewportSize(DESKTOP);
      expect(app.cspViolations).toEqual([]);
    });
  },
);
