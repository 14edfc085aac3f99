import type { EventDetail, JobEvent, Recording } from '@furikaeri/core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, createInterview, waitUntilReady } from '../support/api-client';
import { chromiumAvailable } from '../support/chromium';
import { align, readWav } from '../support/pcm-correlation';
import {
  capturedMs,
  hasInterviewWav,
  INTERVIEW_WAV,
  openRecorderBrowser,
  type RecorderBrowser,
  recordFor,
  storedAudio,
} from '../support/recorder-browser';
import { screenshot } from '../support/screenshots';
import { startTestServer, type TestServer } from '../support/test-server';
import { webBuilt } from '../support/web-build';

const PASSPHRASE = '本番の前にリハーサル 2026';

/** The recorder in Chromium, its microphone playing the shared interview fixture. */
describe.skipIf(!chromiumAvailable() || !hasInterviewWav || !webBuilt())(
  `the recorder in Chromium with a fake microphone (needs /usr/bin/chromium, the built UI and ${INTERVIEW_WAV})`,
  () => {
    let server: TestServer;
    let browser: RecorderBrowser;
    let page: Page;
    let event: JobEvent;
    const fixture = readWav(INTERVIEW_WAV);

    beforeAll(async () => {
      server = await startTestServer({ passphrase: PASSPHRASE });
      event = await createInterview(server, '株式会社ロクオン');
      browser = await openRecorderBrowser(server.loginUrl);
      page = browser.page;
    });

    afterAll(async () => {
      await browser?.dispose();
      await server?.dispose();
    });

    async function recorderRecordings(eventId: string): Promise<Recording[]> {
      const detail = await callApi<EventDetail>(server, 'GET', `/events/${eventId}`);
      return detail.recordings.filter((recording) => recording.source === 'recorder');
    }

    it('rehearses: opens the microphone, shows its level, records a 10-second test and plays it back', async () => {
      await page.goto(`${server.url}/#/events/${event.id}`);
      await page.getByTestId('record-entry').click();
      await page.getByTestId('recorder').waitFor();
      await expect(page.getByTestId('consent-status').getAttribute('data-consent')).resolves.toBe('granted');
      await screenshot(page, 'recorder-01-setup');
      await page.getByTestId('open-microphone').click();
      await page.getByTestId('microphone-select').waitFor();
      await expect
        .poll(async () => Number(await page.getByTestId('level-0').getAttribute('data-peak-db')), { timeout: 10_000 })
        .toBeGreaterThan(-40);
      await page.getByTestId('test-record').click();
      await page.locator('[data-testid="test-recording"][data-state="done"]').waitFor({ timeout: 30_000 });
      await page.getByTestId('test-fine').waitFor();
      await expect(page.getByTestId('disk-enough').textContent()).resolves.toContain('十分');
      await screenshot(page, 'recorder-02-rehearsal-done');
    });

    it('records 20 s with one press, stops without a question, and stores audio that matches the microphone', async () => {
      await page.getByTestId('start-button').click();
      await page.getByTestId('recording-screen').waitFor();
      await recordFor(page, 5_000);
      await page.keyboard.press('b');
      await page.getByTestId('bookmark-note').filter({ hasText: 'しおり' }).waitFor();
      await screenshot(page, 'recorder-03-recording');
      await recordFor(page, 20_000);
      const captured = await capturedMs(page);
      await page.getByTestId('stop-button').click();
      await page.getByTestId('stop-summary').waitFor({ timeout: 30_000 });
      await screenshot(page, 'recorder-04-saved');

      const [recording] = await recorderRecordings(event.id);
      if (!recording) throw new Error('no recorder recording');
      await waitUntilReady(server, recording.id);
      const stored = await storedAudio(server, recording.id);
      const seconds = stored.samples.length / stored.sampleRate;
      expect(Math.abs(seconds - 20)).toBeLessThan(1);
      expect(Math.abs(seconds * 1000 - captured)).toBeLessThan(600);
      const match = align(stored.samples, fixture.samples, fixture.sampleRate);
      expect(match.correlation).toBeGreaterThan(0.9);
      // A control that must not match: the same audio played backwards.
      const reversed = align(stored.samples.slice().reverse(), fixture.samples, fixture.sampleRate);
      expect(reversed.correlation).toBeLessThan(0.5);
      const bookmarks = await callApi<{ offsetMs: number }[]>(server, 'GET', `/recordings/${recording.id}/bookmarks`);
      expect(bookmarks).toHaveLength(1);
      expect(bookmarks[0]?.offsetMs).toBeGreaterThanOrEqual(4_500);
      expect(bookmarks[0]?.offsetMs).toBeLessThan(8_000);
    });
  },
);
