import type { Company, JobEvent } from '@furikaeri/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, uploadFile, waitUntilReady } from '../support/api-client';
import { chromiumAvailable } from '../support/chromium';
import { type E2eApp, openApp } from '../support/e2e-app';
import {
  INTERVIEW_JSON,
  interviewFixturePresent,
  interviewTranscript,
  interviewTurns,
} from '../support/interview-fixture';
import { reviewPage } from '../support/review-page';
import { screenshot } from '../support/screenshots';
import { storeTranscript } from '../support/seed-review';
import { sineWav } from '../support/wav';

/** What the review page says when there is nothing to play or nothing to read yet. */
describe.skipIf(!chromiumAvailable())('review page states in Chromium (needs /usr/bin/chromium)', () => {
  let app: E2eApp;
  let company: Company;
  const newEvent = (round: string) =>
    callApi<JobEvent>(app.server, 'POST', '/events', { companyId: company.id, type: 'interview', round });
  const openReview = async (eventId: string) => {
    await app.page.goto(`${app.server.url}/#/events/${eventId}/review`);
    await app.page.getByTestId('review-page').waitFor();
  };

  beforeAll(async () => {
    app = await openApp({ passphrase: 'あの日の面接を振り返る 2025' });
    company = await callApi<Company>(app.server, 'POST', '/companies', { name: '株式会社サンプル商事' });
  });

  afterAll(async () => {
    await app?.dispose();
  });

  it('says there is no recording yet instead of showing an empty page', async () => {
    const event = await newEvent('first');
    await openReview(event.id);
    const pending = app.page.getByTestId('transcript-pending');
    await expect(pending.getByTestId('pending-reason').textContent()).resolves.toContain('録音がありません');
  });

  it('says why a recording has no transcript: the engine is not available, with its reason', async () => {
    const event = await newEvent('second');
    const { recording } = await uploadFile(app.server, event.id, '面接.wav', sineWav(3));
    await waitUntilReady(app.server, recording.id);
    await openReview(event.id);
    const reason = app.page.getByTestId('pending-reason');
    // The page follows the job live: queued → not available.
    await expect.poll(() => reason.textContent(), { timeout: 30_000 }).toContain('文字起こしはできませんでした');
    await expect(app.page.getByTestId('pending-detail').textContent()).resolves.toContain(
      'furikaeri models pull sense-voice-small-int8',
    );
    await screenshot(app.page, 'review-04-pending');
  });

  it.skipIf(!interviewFixturePresent())(
    `shows an imported transcript without audio: no waveform, lines still selectable (${INTERVIEW_JSON})`,
    async () => {
      const event = await newEvent('final');
      storeTranscript(app.server, event.id, null, interviewTranscript(interviewTurns().turns));
      await openReview(event.id);
      const review = reviewPage(app.page);
      await app.page.getByTestId('no-audio').waitFor();
      await expect(app.page.getByTestId('waveform').count()).resolves.toBe(0);
      await expect(review.lines.count()).resolves.toBe(17);
      await review.line(2).getByTestId('line-seek').click();
      await expect(review.currentLineText()).resolves.toContain('自己紹介');
      await app.page.keyboard.press('k');
      await expect.poll(() => review.currentLineText()).toContain('転職を考えられた理由');
      await screenshot(app.page, 'review-05-text-only');

      await app.page.getByTestId('locale-en').click();
      await expect(app.page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Review: Final round');
      await expect(app.page.getByTestId('no-audio').textContent()).resolves.toContain('has no audio');
      await screenshot(app.page, 'review-06-text-only-en');
      // What the screen shows, scrolled to the lit line (the full-page picture stretches the viewport, and with
      // it the transcript box, so lines laid out lazily may not be painted yet).
      await app.page.locator('[data-testid="transcript-line"][data-current="true"]').scrollIntoViewIfNeeded();
      await screenshot(app.page, 'review-06-text-only-en-viewport', { fullPage: false });
      await app.page.getByTestId('locale-ja').click();
      expect(app.cspViolations).toEqual([]);
    },
  );
});
