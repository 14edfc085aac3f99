import type { Company, JobEvent } from '@furikaeri/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi } from '../support/api-client';
import { chromiumAvailable } from '../support/chromium';
import { DESKTOP, type E2eApp, openApp, TABLET } from '../support/e2e-app';
import {
  INTERVIEW_JSON,
  interviewFixturePresent,
  interviewTranscript,
  interviewTurns,
} from '../support/interview-fixture';
import { reviewPage } from '../support/review-page';
import { screenshot } from '../support/screenshots';
import { seedInterview, storeTranscript } from '../support/seed-review';

/** The company page: every event on a timeline with my notes, and the questions asked so far by round. */
describe.skipIf(!chromiumAvailable() || !interviewFixturePresent())(
  `company timeline in Chromium (needs /usr/bin/chromium and ${INTERVIEW_JSON})`,
  () => {
    let app: E2eApp;
    let company: Company;
    const event = (fields: Record<string, unknown>) =>
      callApi<JobEvent>(app.server, 'POST', '/events', { companyId: company.id, ...fields });

    beforeAll(async () => {
      app = await openApp({ passphrase: 'あの日の面接を振り返る 2025' });
      company = await callApi<Company>(app.server, 'POST', '/companies', { name: '株式会社ミライ技研' });
      // Created out of order on purpose: the timeline sorts them.
      await event({
        type: 'interview',
        round: 'final',
        title: '役員面接',
        date: '2026-06-10',
        notes: '逆質問を3つ用意。',
      });
      await seedInterview(app.server, { companyId: company.id, round: 'first', date: '2026-05-12' });
      await event({ type: 'ob_og_visit', date: '2026-04-02', notes: '先輩社員: 残業は月20時間ほど。' });
      const second = await event({ type: 'interview', round: 'second', date: '2026-05-26' });
      const turns = interviewTurns().turns.slice(12);
      storeTranscript(app.server, second.id, null, interviewTranscript(turns));
      await event({ type: 'roundtable', date: '2026-04-20' });
      await app.page.goto(`${app.server.url}/#/companies/${company.id}`);
      await app.page.getByTestId('company-page').waitFor();
    });

    afterAll(async () => {
      await app?.dispose();
    });

    it('puts every event on a timeline from the OB/OG visit to the final round, with my notes', async () => {
      const { page } = app;
      const stages = await page.getByTestId('timeline-item').getByTestId('event-row').allTextContents();
      expect(stages).toEqual(['OB・OG訪問', '座談会', '1次面接', '2次面接', '役員面接']);
      await expect(page.getByTestId('timeline-stage').last().textContent()).resolves.toContain('最終面接');
      await expect(page.getByTestId('timeline-notes').first().textContent()).resolves.toContain('残業は月20時間ほど');
      await expect(page.getByTestId('timeline-notes').count()).resolves.toBe(2);
    });

    it('lists the questions asked so far by round, each opening its moment', async () => {
      const { page } = app;
      const rounds = page.getByTestId('round-questions');
      // Each event's analysis report is made on first request (here: by this page), which takes a moment.
      await expect.poll(() => rounds.count(), { timeout: 30_000 }).toBe(2);
      await expect(rounds.locator('h3').allTextContents()).resolves.toEqual(['1次面接', '2次面接']);
      // The report's questions (six, the self-introduction request included), not the provisional five.
      await expect(rounds.first().getByTestId('round-question').count()).resolves.toBe(6);
      await expect(rounds.nth(1).getByTestId('round-question').textContent()).resolves.toContain(
        '何か質問はありますか',
      );
      await screenshot(page, 'company-01-timeline');

      await page.setViewportSize(TABLET);
      const overflow = await page.evaluate(
        'document.documentElement.scrollWidth - document.documentElement.clientWidth',
      );
      expect(overflow).toBe(0);
      await screenshot(page, 'company-02-timeline-tablet');
      await page.setViewportSize(DESKTOP);

      await rounds.first().getByTestId('round-question').nth(2).click();
      const review = reviewPage(page);
      await review.waitUntilReady();
      await expect.poll(async () => (await review.state()).currentTime).toBeCloseTo(65.7, 1);
      expect(app.cspViolations).toEqual([]);
    });
  },
);
