import type { Company, JobEvent } from '@furikaeri/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi } from '../support/api-client';
import { chromiumAvailable } from '../support/chromium';
import { DESKTOP, type E2eApp, openApp, TABLET } from '../support/e2e-app';
import { INTERVIEW_JSON, interviewFixturePresent } from '../support/interview-fixture';
import { reviewPage } from '../support/review-page';
import { screenshot } from '../support/screenshots';
import { type SeededInterview, seedInterview } from '../support/seed-review';

/** Search across transcripts and notes, grouped by event; each hit opens the review at its moment. */
describe.skipIf(!chromiumAvailable() || !interviewFixturePresent())(
  `search in Chromium (needs /usr/bin/chromium and ${INTERVIEW_JSON})`,
  () => {
    let app: E2eApp;
    let seeded: SeededInterview;
    let roundtable: JobEvent;
    const groups = () => app.page.getByTestId('search-group');
    const search = async (query: string) => {
      await app.page.keyboard.press('/');
      await app.page.keyboard.type(query);
      await app.page.keyboard.press('Enter');
      // The results of this query, not the ones still shown from the previous search.
      await app.page.locator(`[data-query="${query}"]`).waitFor();
    };

    beforeAll(async () => {
      app = await openApp({ passphrase: 'あの日の面接を振り返る 2025' });
      const company = await callApi<Company>(app.server, 'POST', '/companies', { name: '株式会社ミライ技研' });
      seeded = await seedInterview(app.server, { companyId: company.id, round: 'first', date: '2026-05-12' });
      roundtable = await callApi<JobEvent>(app.server, 'POST', '/events', {
        companyId: company.id,
        type: 'roundtable',
        date: '2026-04-20',
        notes: '社員の方から<b>決済システム</b>の刷新の話を聞いた。',
      });
      await callApi(app.server, 'PUT', `/events/${seeded.event.id}/question-notes/seg-9`, {
        note: '次は決済システムの移行プロジェクトの数字から話す',
      });
      await app.page.goto(`${app.server.url}/#/`);
      await app.page.getByTestId('home-page').waitFor();
    });

    afterAll(async () => {
      await app?.dispose();
    });

    it('searches from the header box (/ to focus, Enter to search), grouped by event with marked matches', async () => {
      const { page } = app;
      await search('決済システム');
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('「決済システム」の検索結果');
      await expect(groups().count()).resolves.toBe(2);
      const interview = page.locator(`[data-testid="search-group"][data-event-id="${seeded.event.id}"]`);
      await expect(interview.textContent()).resolves.toContain('株式会社ミライ技研');
      await expect(interview.textContent()).resolves.toContain('1次面接');
      await expect(interview.textContent()).resolves.toContain('2026年5月12日');
      // Two transcript lines and the question note mention it.
      await expect(interview.getByTestId('search-hit').count()).resolves.toBe(3);
      await expect(interview.locator('[data-kind="question-note"]').count()).resolves.toBe(1);
      await expect(interview.locator('mark').first().textContent()).resolves.toBe('決済システム');
      await screenshot(page, 'search-01-results');
    });

    it('shows a note’s text as text, never as HTML', async () => {
      const note = app.page.locator(`[data-testid="search-group"][data-event-id="${roundtable.id}"]`);
      await expect(note.getByTestId('hit-snippet').textContent()).resolves.toContain('<b>決済システム</b>');
      await expect(note.locator('b').count()).resolves.toBe(0);
      await expect(note.getByTestId('search-hit').getAttribute('href')).resolves.toBe(`#/events/${roundtable.id}`);
    });

    it('jumps to the moment of a hit in the review page', async () => {
      const { page } = app;
      // The line at 1:37 ("決済システムの移行プロジェクトで…") links to its start, 97.47 s.
      const hit = page.locator(`[data-kind="segment"][href="#/events/${seeded.event.id}/review?t=97.5"]`);
      await expect(hit.count()).resolves.toBe(1);
      await expect(hit.textContent()).resolves.toContain('1:37 から再生');
      await hit.click();
      const review = reviewPage(page);
      await review.waitUntilReady();
      await expect.poll(async () => (await review.state()).currentTime).toBeCloseTo(97.5, 1);
      await expect(review.currentLineText()).resolves.toContain('決済システムの移行プロジェクト');
    });

    it('finds one- and two-character words too, and says plainly when nothing matches', async () => {
      const { page } = app;
      // 転 occurs once in the interview, in 転職 (at 35.9 s).
      await search('転');
      await expect(page.getByTestId('search-hit').locator('mark').allTextContents()).resolves.toEqual(['転']);
      await screenshot(page, 'search-03-one-character');
      await search('転職');
      await expect(groups().count()).resolves.toBe(1);
      await page.getByTestId('search-hit').first().click();
      const review = reviewPage(page);
      await review.waitUntilReady();
      await expect.poll(async () => (await review.state()).currentTime).toBeCloseTo(35.9, 1);

      await search('存在しない言葉です');
      await expect(page.getByTestId('search-nothing').textContent()).resolves.toContain('見つかりませんでした');
    });

    it('is readable on a tablet', async () => {
      const { page } = app;
      await page.setViewportSize(TABLET);
      await page.getByTestId('search-input').fill('決済システム');
      await page.getByTestId('search-input').press('Enter');
      await page.getByTestId('search-results').waitFor();
      const overflow = await page.evaluate(
        'document.documentElement.scrollWidth - document.documentElement.clientWidth',
      );
      expect(overflow).toBe(0);
      await screenshot(page, 'search-02-tablet');
      await page.setViewportSize(DESKTOP);
      expect(app.cspViolations).toEqual([]);
    });
  },
);
