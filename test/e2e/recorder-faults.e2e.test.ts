import type { JobEvent } from '@furikaeri/core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInterview } from '../support/api-client';
import { chromiumAvailable } from '../support/chromium';
import { readWav } from '../support/pcm-correlation';
import {
  capturedMs,
  hasInterviewWav,
  INTERVIEW_WAV,
  openRecorderBrowser,
  type RecorderBrowser,
  recordFor,
  savedMs,
} from '../support/recorder-browser';
import { continuity, describeBlocks, durationMs, nthRecording } from '../support/recorder-checks';
import { screenshot } from '../support/screenshots';
import { startTestServer, type TestServer } from '../support/test-server';
import { webBuilt } from '../support/web-build';

const PASSPHRASE = '何が起きても録れている 2026';

/** getUserMedia refusing the way a browser does when the user blocked the microphone, or has none. */
const refuseMicrophone = (name: 'NotAllowedError' | 'NotFoundError') => `
navigator.mediaDevices.getUserMedia = async () => { throw new DOMException('refused by the test', '${name}'); };`;

/** Keeps the microphone tracks reachable, so the test can "unplug" one (fire 'ended' as the browser would). */
const KEEP_TRACKS = `
window.__microphoneTracks = [];
const original = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
navigator.mediaDevices.getUserMedia = async (constraints) => {
  const stream = await original(constraints);
  window.__microphoneTracks.push(...stream.getAudioTracks());
  return stream;
};`;

const UNPLUG = `(() => {
  const track = window.__microphoneTracks.at(-1);
  track.stop();
  track.dispatchEvent(new Event('ended'));
})()`;

const setVisibility = (state: 'hidden' | 'visible') => `(() => {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => '${state}' });
  document.dispatchEvent(new Event('visibilitychange'));
})()`;

/** Faults on the recording screen: each gets a clear message saying what is saved, and loses nothing. */
describe.skipIf(!chromiumAvailable() || !hasInterviewWav || !webBuilt())(
  `recorder faults in Chromium (needs /usr/bin/chromium, the built UI and ${INTERVIEW_WAV})`,
  () => {
    let server: TestServer;
    let browser: RecorderBrowser;
    let event: JobEvent;
    let recordings = 0;
    // Read in beforeAll: a skipped suite's body still runs while tests are collected, without the fixture.
    let fixture: ReturnType<typeof readWav>;

    beforeAll(async () => {
      fixture = readWav(INTERVIEW_WAV);
      server = await startTestServer({ passphrase: PASSPHRASE });
      event = await createInterview(server, '株式会社トラブル');
      browser = await openRecorderBrowser(server.loginUrl);
    });

    afterAll(async () => {
      await browser?.dispose();
      await server?.dispose();
    });

    async function recorderPage(script?: string): Promise<Page> {
      const page = await browser.context.newPage();
      if (script) await page.addInitScript({ content: script });
      await page.goto(`${server.url}/#/events/${event.id}/record`);
      await page.getByTestId('recorder').waitFor();
      return page;
    }

    async function stopAndCheck(page: Page): Promise<void> {
      const captured = await capturedMs(page);
      await page.getByTestId('stop-button').click();
      await page.getByTestId('stop-summary').waitFor({ timeout: 30_000 });
      recordings += 1;
      const { audio } = await nthRecording(server, event.id, recordings);
      expect(Math.abs(durationMs(audio) - captured)).toBeLessThan(600);
      const found = continuity(audio, fixture);
      // In the report, so that a capture glitch can be told apart from audio lost after a point.
      const test = expect.getState().currentTestName?.split(' > ').at(-1);
      console.info(`[recorder faults] ${test}: ${describeBlocks(found)}`);
      // Every half second lines up with the fixture where the one before did: nothing missing, nothing doubled.
      expect(found.problem).toBeNull();
    }

    it('permission denied: says how to allow the microphone, and that nothing was recorded', async () => {
      const page = await recorderPage(refuseMicrophone('NotAllowedError'));
      await page.getByTestId('start-button').click();
      const fault = page.getByTestId('fault-permission_denied');
      await fault.waitFor();
      await expect(fault.textContent()).resolves.toContain('まだ何も録音していません');
      await expect(page.locator('[data-testid="recorder"][data-phase="setup"]').count()).resolves.toBe(1);
      await screenshot(page, 'recorder-18-permission-denied');
      await page.close();
    });

    it('no microphone: says so before anything starts', async () => {
      const page = await recorderPage(refuseMicrophone('NotFoundError'));
      await page.getByTestId('open-microphone').click();
      await page.getByTestId('fault-no_device').waitFor();
      await screenshot(page, 'recorder-19-no-microphone');
      await page.close();
    });

    it('microphone unplugged mid-recording: the recording is kept and continues with another microphone', async () => {
      const page = await recorderPage(KEEP_TRACKS);
      await page.getByTestId('start-button').click();
      await recordFor(page, 3_000);
      await page.evaluate(UNPLUG);
      await page.locator('[data-testid="recording-screen"][data-phase="interrupted"]').waitFor();
      const atLoss = await capturedMs(page);
      await expect(page.getByTestId('fault-mic-lost').textContent()).resolves.toContain('保存済み');
      await screenshot(page, 'recorder-20-microphone-unplugged');
      await page.waitForTimeout(1_000);
      expect(await capturedMs(page)).toBe(atLoss);
      await page.getByTestId('continue-with-mic').click();
      await page.locator('[data-testid="recording-screen"][data-phase="recording"]').waitFor();
      await recordFor(page, atLoss + 2_000);
      const captured = await capturedMs(page);
      await page.getByTestId('stop-button').click();
      await page.getByTestId('stop-summary').waitFor({ timeout: 30_000 });
      recordings += 1;
      const { audio } = await nthRecording(server, event.id, recordings);
      // One recording holding both parts (the second microphone starts the file again: no continuity check).
      expect(Math.abs(durationMs(audio) - captured)).toBeLessThan(600);
      await page.close();
    });

    it('server unreachable: keeps recording and buffering, then sends everything once it is back', async () => {
      const page = await recorderPage();
      await page.getByTestId('start-button').click();
      await recordFor(page, 2_000);
      await page.route('**/api/live-sessions/*/chunks/*', (route) => route.abort('connectionrefused'));
      await page.getByTestId('fault-unreachable').waitFor({ timeout: 15_000 });
      await recordFor(page, (await capturedMs(page)) + 4_000);
      expect((await capturedMs(page)) - (await savedMs(page))).toBeGreaterThan(3_000);
      await expect(page.getByTestId('save-status').textContent()).resolves.toContain('未送信');
      await page.unroute('**/api/live-sessions/*/chunks/*');
      await page.getByTestId('fault-unreachable').waitFor({ state: 'detached', timeout: 20_000 });
      await stopAndCheck(page);
      await page.close();
    });

    it('disk full: shows the server’s message with what is saved, and resends once there is space', async () => {
      const page = await recorderPage();
      await page.getByTestId('start-button').click();
      await recordFor(page, 2_000);
      const saved = await savedMs(page);
      await page.route('**/api/live-sessions/*/chunks/*', (route) =>
        route.fulfill({
          status: 507,
          contentType: 'application/json',
          body: JSON.stringify({
            code: 'disk_full',
            message: {
              ja: `パソコンの空き容量がなくなりました。0:0${Math.floor(saved / 1000)} までは保存済みです。空き容量を作ると、続きを自動で保存します。`,
              en: 'The disk is full.',
            },
            details: { savedMs: saved },
          }),
        }),
      );
      const fault = page.getByTestId('fault-disk_full');
      await fault.waitFor({ timeout: 15_000 });
      await expect(fault.textContent()).resolves.toContain('空き容量');
      await recordFor(page, (await capturedMs(page)) + 2_000);
      await screenshot(page, 'recorder-21-disk-full');
      await page.unroute('**/api/live-sessions/*/chunks/*');
      await fault.waitFor({ state: 'detached', timeout: 20_000 });
      await stopAndCheck(page);
      await page.close();
    });

    it('stopping while the server is unreachable: waits, says the rest is kept, then saves', async () => {
      const page = await recorderPage();
      await page.getByTestId('start-button').click();
      await recordFor(page, 2_500);
      const captured = await capturedMs(page);
      await page.route('**/api/live-sessions/**', (route) => route.abort('connectionrefused'));
      await page.getByTestId('stop-button').click();
      await page.getByTestId('stopping-note').filter({ hasText: '閉じても' }).waitFor({ timeout: 15_000 });
      await screenshot(page, 'recorder-24-stopping-while-unreachable');
      await page.unroute('**/api/live-sessions/**');
      await page.getByTestId('stop-summary').waitFor({ timeout: 30_000 });
      recordings += 1;
      const { audio } = await nthRecording(server, event.id, recordings);
      expect(Math.abs(durationMs(audio) - captured)).toBeLessThan(800);
      await page.close();
    });

    it('rehearsal warnings: a silent microphone, and too little disk for the expected length', async () => {
      // A microphone that delivers only silence (muted in hardware, or the wrong input).
      const page = await recorderPage(`
navigator.mediaDevices.getUserMedia = async () => new AudioContext().createMediaStreamDestination().stream;`);
      await page.route('**/api/live/capacity*', (route) =>
        route.fulfill({
          status: 200,
          contentType: 'application/json',
          body: JSON.stringify({ freeBytes: 300e6, neededBytes: 900e6, minutes: 60, enough: false, maxMinutes: 17 }),
        }),
      );
      await page.reload();
      await page.getByTestId('open-microphone').click();
      await page.getByTestId('test-record').click();
      await page.getByTestId('test-warning-silence').waitFor({ timeout: 30_000 });
      await page.getByTestId('disk-low').waitFor();
      await expect(page.getByTestId('disk-low').textContent()).resolves.toContain('約 17 分分');
      await screenshot(page, 'recorder-25-rehearsal-warnings');
      await page.close();
    });

    it('tab in the background or frozen: nothing is lost, and the page says recording went on', async () => {
      const page = await recorderPage();
      await page.getByTestId('start-button').click();
      await recordFor(page, 2_000);
      await page.evaluate(setVisibility('hidden'));
      // Chromium freezes background tabs when it can: the page's code stops, the audio thread does not.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Page.setWebLifecycleState', { state: 'frozen' });
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      await cdp.send('Page.setWebLifecycleState', { state: 'active' });
      await page.evaluate(setVisibility('visible'));
      await page.getByTestId('notice-background').waitFor();
      await recordFor(page, (await capturedMs(page)) + 1_000);
      await screenshot(page, 'recorder-22-back-from-background');
      await stopAndCheck(page);
      await page.close();
    });

    it('reads in English too', async () => {
      const page = await recorderPage();
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByTestId('start-button').click();
      // Long enough for a window of the continuity check (2 s).
      await recordFor(page, 3_000);
      await expect(page.getByTestId('recorder-status').textContent()).resolves.toContain('Recording');
      await screenshot(page, 'recorder-23-recording-english');
      await stopAndCheck(page);
      await page.getByRole('button', { name: '日本語' }).click();
      await page.close();
    });
  },
);
