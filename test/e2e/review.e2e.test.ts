import type { Company } from '@furikaeri/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi } from '../support/api-client';
import { chromiumAvailable } from '../support/chromium';
import { DESKTOP, type E2eApp, openApp, TABLET } from '../support/e2e-app';
import { INTERVIEW_JSON, interviewFixturePresent } from '../support/interview-fixture';
import { computedStyle, focusRingVisible, reviewPage } from '../support/review-page';
import { screenshot } from '../support/screenshots';
import { type SeededInterview, seedInterview } from '../support/seed-review';

/** The review page of a seeded interview: waveform, synced transcript, shortcuts, edits with undo, notes. */
describe.skipIf(!chromiumAvailable() || !interviewFixturePresent())(
  `review page in Chromium (needs /usr/bin/chromium and ${INTERVIEW_JSON})`,
  () => {
    let app: E2eApp;
    let seeded: SeededInterview;
    const review = () => reviewPage(app.page);
    const seconds = async () => (await review().state()).currentTime;

    beforeAll(async () => {
      app = await openApp({ passphrase: 'あの日の面接を振り返る 2025' });
      const company = await callApi<Company>(app.server, 'POST', '/companies', { name: '株式会社ミライ技研' });
      seeded = await seedInterview(app.server, { companyId: company.id, round: 'first', date: '2026-05-12' });
      await app.page.goto(`${app.server.url}/#/events/${seeded.event.id}`);
      await app.page.getByTestId('event-page').waitFor();
    });

    afterAll(async () => {
      await app?.dispose();
    });

    it('opens from the event page with the waveform, speaker regions and the whole transcript', async () => {
      const { page } = app;
      await page.getByTestId('open-review').click();
      await review().waitUntilReady();
      await expect(review().lines.count()).resolves.toBe(17);
      await expect(review().line(0).getByTestId('line-speaker').textContent()).resolves.toBe('話者1');
      // One region per speaker turn, drawn inside wavesurfer's shadow root (Playwright's CSS pierces it).
      await expect.poll(() => page.locator('[data-testid="waveform"] [part~="region"]').count()).toBe(17);
      // The shadow root's styles arrived without an inline <style>: canvases are positioned.
      // Polled: wavesurfer redraws its canvases when the page grows (the analysis cards arriving adds a scrollbar).
      await expect
        .poll(() => computedStyle(page.locator('[data-testid="waveform"] canvas').first(), 'position'))
        .toBe('absolute');
      // The page asks for the analysis report; its six questions replace the provisional detection.
      await expect.poll(() => page.getByTestId('qa-card').count(), { timeout: 30_000 }).toBe(6);
      await expect(page.getByTestId('question').count()).resolves.toBe(6);
      await expect(page.getByTestId('questions-provisional').count()).resolves.toBe(0);
      await screenshot(page, 'review-01-desktop');
      await screenshot(page, 'review-01-desktop-viewport', { fullPage: false });
    });

    it('seeks to a line when it is clicked and lights it', async () => {
      await review().line(4).getByTestId('line-seek').click();
      await expect.poll(seconds).toBeCloseTo(35.93, 1);
      await expect(review().currentLineText()).resolves.toContain('転職を考えられた理由');
      await expect(app.page.getByTestId('player-time').textContent()).resolves.toMatch(/^0:35 \/ 2:4\d$/);
    });

    it('plays, pauses, skips, jumps between questions and changes speed from the keyboard', async () => {
      const { page } = app;
      // Focus is on the clicked line: Space plays there (it does not re-seek).
      await page.keyboard.press('Space');
      await expect.poll(async () => (await review().state()).paused, { timeout: 10_000 }).toBe(false);
      await expect.poll(seconds, { timeout: 10_000 }).toBeGreaterThan(36.2);
      await page.keyboard.press('Space');
      await expect.poll(async () => (await review().state()).paused).toBe(true);

      const before = await seconds();
      await page.keyboard.press('ArrowRight');
      await expect.poll(seconds).toBeCloseTo(before + 5, 1);
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      await expect.poll(seconds).toBeCloseTo(before - 5, 1);

      await page.keyboard.press('k');
      await expect.poll(seconds).toBeCloseTo(35.93, 1);
      await page.keyboard.press('k');
      await expect.poll(seconds).toBeCloseTo(65.665, 1);
      await page.keyboard.press('k');
      await expect.poll(seconds).toBeCloseTo(87.385, 1);
      await expect(page.getByTestId('review-announcement').textContent()).resolves.toContain('質問 4/6');
      await page.keyboard.press('j');
      await expect.poll(seconds).toBeCloseTo(65.665, 1);
      await expect(review().currentLineText()).resolves.toContain('一番苦労したこと');

      await page.keyboard.press('>');
      await page.keyboard.press('>');
      await expect.poll(() => review().playbackRate()).toBe(1.5);
      await page.keyboard.press('<');
      await expect.poll(() => review().playbackRate()).toBe(1.25);
      await expect(page.getByTestId('playback-rate').inputValue()).resolves.toBe('1.25');

      // Keyboard-only: Tab lands on controls that show where focus is.
      await page.getByTestId('play-toggle').focus();
      await page.keyboard.press('Tab');
      expect(await focusRingVisible(page)).toBe(true);
    });

    it('renames speakers, sets roles, fixes, splits, merges and reassigns lines, and undoes them', async () => {
      const { page } = app;
      const speakerA = page.locator('[data-testid="speaker-row"][data-key="A"]');
      await speakerA.getByTestId('speaker-name').fill('田中さん（人事）');
      await speakerA.getByTestId('speaker-name').press('Enter');
      await expect.poll(() => review().line(0).getByTestId('line-speaker').textContent()).toBe('田中さん（人事）');

      // A role change re-analyses: with A as "me" too, nobody asks me anything; the role brings the questions back.
      await speakerA.getByTestId('speaker-role').selectOption('me');
      await expect.poll(() => page.getByTestId('qa-card').count(), { timeout: 20_000 }).toBe(0);
      await speakerA.getByTestId('speaker-role').selectOption('interviewer');
      await expect.poll(() => page.getByTestId('qa-card').count(), { timeout: 20_000 }).toBe(6);
      await expect(page.getByTestId('question').count()).resolves.toBe(6);

      await review().line(1).getByTestId('line-edit').click();
      const editor = page.getByTestId('segment-editor');
      await editor.getByTestId('segment-text').fill('よろしくお願いいたします！');
      await editor.getByTestId('segment-save').click();
      await expect
        .poll(() => review().line(1).getByTestId('line-text').textContent())
        .toBe('よろしくお願いいたします！');

      await review().line(3).getByTestId('line-edit').click();
      await editor.getByTestId('segment-text').evaluate((area) => {
        (area as unknown as { setSelectionRange(a: number, b: number): void }).setSelectionRange(3, 3);
      });
      await editor.getByTestId('segment-split').click();
      await expect.poll(() => review().lines.count()).toBe(18);
      await expect(review().line(3).getByTestId('line-text').textContent()).resolves.toBe('はい。');
      await expect(review().line(4).getByTestId('line-text').textContent()).resolves.toMatch(/^えーと、山田太郎/);
      // The player is sticky: a full-page picture of a scrolled page would show it in the middle.
      await page.evaluate('window.scrollTo(0, 0)');
      await screenshot(page, 'review-02-edited');

      await review().line(3).getByTestId('line-edit').click();
      await editor.getByTestId('segment-merge').click();
      await expect.poll(() => review().lines.count()).toBe(17);
      await expect(review().line(3).getByTestId('line-text').textContent()).resolves.toMatch(/^はい。えーと、/);

      await review().line(1).getByTestId('line-edit').click();
      await editor.getByTestId('segment-speaker').selectOption('A');
      await expect.poll(() => review().line(1).getByTestId('line-speaker').textContent()).toBe('田中さん（人事）');
      await editor.getByTestId('segment-close').click();
      await expect(page.getByTestId('undo').textContent()).resolves.toContain('7');

      await page.getByTestId('undo').click();
      await expect.poll(() => review().line(1).getByTestId('line-speaker').textContent()).toBe('話者2');
      await page.locator('body').click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('Control+z');
      await expect.poll(() => review().lines.count()).toBe(18);
    });

    it('keeps the undo history across a reload', async () => {
      const { page } = app;
      await page.reload();
      await review().waitUntilReady();
      await expect(page.getByTestId('undo').textContent()).resolves.toContain('5');
      await page.keyboard.press('Control+z');
      await expect.poll(() => review().lines.count()).toBe(17);
      await expect(review().line(3).getByTestId('line-text').textContent()).resolves.toMatch(/^はい。えーと、/);
    });

    it('saves a reflection note per question, kept after a reload', { timeout: 120_000 }, async () => {
      const { page } = app;
      // The undo above queued a re-analysis; a report arriving mid-typing would redraw the list under the
      // test. Asking for the report waits for a fresh one; the reloaded page then shows it from the start.
      await callApi(app.server, 'GET', `/events/${seeded.event.id}/analysis`);
      await page.reload();
      await review().waitUntilReady();
      await expect.poll(() => page.getByTestId('qa-card').count(), { timeout: 60_000 }).toBe(6);
      const question = page.getByTestId('question').nth(1);
      await question.getByTestId('edit-note').click();
      await question
        .getByTestId('question-note')
        .fill('苦労した経験を聞かれたのに強みを答えてしまった。次は移行プロジェクトの話から。');
      await question.getByTestId('save-note').click();
      await question.getByTestId('note-saved').waitFor();
      await page.reload();
      await review().waitUntilReady();
      const saved = page.getByTestId('question').nth(1).getByTestId('question-note-text');
      await expect(saved.textContent()).resolves.toContain('移行プロジェクト');
    });

    it('is readable on a tablet (820×1180) without sideways scrolling', async () => {
      const { page } = app;
      await page.setViewportSize(TABLET);
      await review().line(6).getByTestId('line-seek').click();
      const overflow = await page.evaluate(
        'document.documentElement.scrollWidth - document.documentElement.clientWidth',
      );
      expect(overflow).toBe(0);
      await page.evaluate('window.scrollTo(0, 0)');
      await screenshot(page, 'review-03-tablet');
      await page.setViewportSize(DESKTOP);
      expect(app.cspViolations).toEqual([]);
    });
  },
);
