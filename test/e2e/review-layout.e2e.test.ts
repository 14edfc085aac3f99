import type { Company } from '@furikaeri/core';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi } from '../support/api-client';
import { chromiumAvailable } from '../support/chromium';
import { type E2eApp, openApp } from '../support/e2e-app';
import { INTERVIEW_JSON, interviewFixturePresent } from '../support/interview-fixture';
import { reviewPage } from '../support/review-page';
import { screenshot } from '../support/screenshots';
import { analyseSeeded, type SeededInterview, seedInterview } from '../support/seed-review';

/** Elements of the review page reaching past the right edge of the window. */
const OVERFLOWING = `[...document.querySelectorAll('[data-testid="review-page"] *')]
  .filter((element) => !element.closest('.visually-hidden'))
  .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1)
  .map((element) => element.tagName + '.' + element.className)`;
const WIDE = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

async function box(locator: Locator): Promise<Box> {
  const found = await locator.boundingBox();
  if (!found) throw new Error('not visible');
  return found;
}

const inViewport = (found: Box, page: Page) => {
  const size = page.viewportSize() ?? { width: 0, height: 0 };
  return found.y >= -1 && found.y + found.height <= size.height + 1 && found.x >= -1;
};

const scrollY = (page: Page) => page.evaluate<number>('window.scrollY');

/**
 * #18 item 7: the transcript beside (wide) or docked under (narrow) the player while the cards scroll, so
 * that following the transcript never scrolls the page away from the card being read; the keys stay as they are.
 */
describe.skipIf(!chromiumAvailable() || !interviewFixturePresent())(
  `review page layout in Chromium (needs /usr/bin/chromium and ${INTERVIEW_JSON})`,
  () => {
    let app: E2eApp;
    let seeded: SeededInterview;

    beforeAll(async () => {
      app = await openApp({ passphrase: '並べて読めるレイアウト 2026' });
      const company = await callApi<Company>(app.server, 'POST', '/companies', { name: '株式会社レイアウト' });
      seeded = await seedInterview(app.server, { companyId: company.id, round: 'first', date: '2026-05-12' });
      await analyseSeeded(app.server, seeded.event.id);
    });

    afterAll(async () => {
      await app?.dispose();
    });

    async function open(viewport: { width: number; height: number }) {
      const { page } = app;
      await page.setViewportSize(viewport);
      await page.goto(`${app.server.url}/#/events/${seeded.event.id}/review`);
      await reviewPage(page).waitUntilReady();
      await page.getByTestId('qa-card').first().waitFor({ timeout: 30_000 });
    }

    /** Reads a card deep in the analysis, then jumps through the questions with K: the page must not move. */
    async function followWhileReading(name: string) {
      const { page } = app;
      const review = reviewPage(page);
      const card = page.getByTestId('qa-card').last();
      await card.scrollIntoViewIfNeeded();
      const readingAt = await scrollY(page);
      expect(readingAt).toBeGreaterThan(0);
      const transcriptBox = page.getByTestId('transcript-lines');
      const before = await transcriptBox.evaluate((element) => element.scrollTop);
      // The keys act wherever focus is (the page's own listener); nothing is clicked that would scroll.
      await page.evaluate('document.activeElement instanceof HTMLElement && document.activeElement.blur()');
      for (let step = 0; step < 4; step += 1) await page.keyboard.press('k');
      const current = page.locator('[data-testid="transcript-line"][data-current="true"]');
      await current.waitFor();
      // The transcript followed inside its own box, in view, and the page stayed on the card.
      await expect.poll(() => transcriptBox.evaluate((element) => element.scrollTop)).not.toBe(before);
      await expect.poll(async () => inViewport(await box(current), page)).toBe(true);
      expect(await scrollY(page)).toBe(readingAt);
      expect(inViewport(await box(card.getByTestId('qa-question')), page)).toBe(true);
      expect(inViewport(await box(page.getByTestId('review-dock')), page)).toBe(true);
      expect(await review.currentLineText()).toBeTruthy();
      await screenshot(page, name, { fullPage: false });
    }

    it('at 1440×900 puts the player and the transcript beside the cards', async () => {
      const { page } = app;
      await open(WIDE);
      const transcript = await box(page.getByTestId('transcript-lines'));
      const card = await box(page.getByTestId('qa-summary'));
      const player = await box(page.getByTestId('review-dock'));
      expect(transcript.x + transcript.width).toBeLessThanOrEqual(card.x);
      expect(transcript.y).toBeGreaterThan(player.y);
      // Side by side on the first screen; once the page scrolls, the dock holds the whole height.
      expect(transcript.y).toBeLessThan(WIDE.height - 300);
      expect(transcript.height).toBeGreaterThan(300);
      await screenshot(page, '50-review-layout-wide', { fullPage: false });
    });

    it('at 1440×900 follows the transcript while the page stays on the card being read', async () => {
      await followWhileReading('51-review-layout-wide-following');
    });

    it('keeps the keys: Space plays and pauses, ←/→ skip, speed steps', async () => {
      const { page } = app;
      const review = reviewPage(page);
      await page.keyboard.press('Space');
      await expect.poll(async () => (await review.state()).paused).toBe(false);
      await page.keyboard.press('Space');
      await expect.poll(async () => (await review.state()).paused).toBe(true);
      const at = (await review.state()).currentTime;
      await page.keyboard.press('ArrowRight');
      await expect.poll(async () => (await review.state()).currentTime).toBeGreaterThan(at + 1);
      const rate = await review.playbackRate();
      await page.keyboard.type('>');
      await expect.poll(() => review.playbackRate()).not.toBe(rate);
    });

    it('at 390×844 docks the transcript under the player and scrolls the cards beneath', async () => {
      const { page } = app;
      await open(PHONE);
      const dock = await box(page.getByTestId('review-dock'));
      const transcript = await box(page.getByTestId('transcript-lines'));
      // Nothing of the review itself is wider than the phone (the app header is another matter, see the report).
      const overflow = await page.evaluate<string[]>(OVERFLOWING);
      expect(overflow).toEqual([]);
      expect(transcript.y).toBeGreaterThan(dock.y);
      expect(transcript.height).toBeGreaterThan(100);
      // The dock leaves room for the analysis.
      expect(dock.height).toBeLessThan(PHONE.height * 0.7);
      await screenshot(page, '52-review-layout-phone', { fullPage: false });
      await followWhileReading('53-review-layout-phone-following');
    });
  },
);
