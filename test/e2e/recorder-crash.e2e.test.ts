import type { JobEvent } from '@furikaeri/core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInterview } from '../support/api-client';
import { type ChildServer, startChildServer } from '../support/child-server';
import { chromiumAvailable } from '../support/chromium';
import { readWav } from '../support/pcm-correlation';
import {
  captureClock,
  capturedMs,
  hasInterviewWav,
  INTERVIEW_WAV,
  openRecorderBrowser,
  type RecorderBrowser,
  recordFor,
  savedMs,
} from '../support/recorder-browser';
import { continuity, describeBlocks, durationMs, keepForDiagnosis, nthRecording } from '../support/recorder-checks';
import { screenshot } from '../support/screenshots';
import { webBuilt } from '../support/web-build';

const PASSPHRASE = 'クラッシュしても残る 2026';
const ROUNDS = [1, 2, 3];
const fixture = hasInterviewWav ? readWav(INTERVIEW_WAV) : null;

async function startRecording(browser: RecorderBrowser, server: ChildServer, eventId: string): Promise<Page> {
  const page = await browser.newPage(`${server.url}/#/events/${eventId}/record`);
  await page.getByTestId('start-button').click();
  await page.getByTestId('recording-screen').waitFor();
  return page;
}

/** Waits until everything the page captured is acknowledged by the server. */
async function drained(page: Page, timeoutMs = 30_000): Promise<void> {
  await expect
    .poll(async () => (await capturedMs(page)) - (await savedMs(page)), { timeout: timeoutMs, interval: 200 })
    .toBeLessThan(1_000);
}

/** Prints the figures of a crash round (they go into the report; the assertions are below each call). */
function report(
  label: string,
  figures: {
    captured: number;
    stored: number;
    acknowledged?: number;
    /** `captured` is the capture clock at the fault (not the page's count at the stop). */
    atFault?: boolean;
    audio: Parameters<typeof continuity>[0];
  },
): void {
  const acknowledged = figures.acknowledged === undefined ? '' : `, acknowledged ${figures.acknowledged.toFixed(0)} ms`;
  const blocks = fixture ? describeBlocks(continuity(figures.audio, fixture)) : 'no fixture';
  console.info(
    `[recorder crash] ${label}: captured ${figures.captured.toFixed(0)} ms${figures.atFault ? ' before the fault' : ''}${acknowledged}, stored ${figures.stored.toFixed(0)} ms, ${blocks}`,
  );
}

function expectContinuous(audio: Parameters<typeof continuity>[0], label: string): void {
  if (!fixture) throw new Error('fixture missing');
  const found = continuity(audio, fixture);
  if (found.problem) keepForDiagnosis(label, audio, found);
  // Every half second lines up with the fixture where the one before did: nothing missing, nothing doubled.
  expect(found.problem).toBeNull();
}

/**
 * Crash safety with a real server process: `kill -9` mid-recording, and a recorder tab closed mid-recording.
 * Each scenario runs three times.
 */
describe.skipIf(!chromiumAvailable() || !hasInterviewWav || !webBuilt())(
  `the recorder survives crashes (needs /usr/bin/chromium, the built UI and ${INTERVIEW_WAV})`,
  () => {
    let server: ChildServer;
    let browser: RecorderBrowser;
    let event: JobEvent;

    beforeAll(async () => {
      // The page has 5 s after a restart to take its recording up again; after that it is recovered.
      server = await startChildServer({ passphrase: PASSPHRASE, graceMs: 5_000, idleMs: 6_000 });
      browser = await openRecorderBrowser(server.loginUrl);
    });

    afterAll(async () => {
      await browser?.dispose();
      await server?.dispose();
    });

    describe('the server is killed (SIGKILL) while the page keeps recording', () => {
      beforeAll(async () => {
        event = await createInterview(server, '株式会社キルナイン');
      });

      for (const round of ROUNDS) {
        it(`round ${round}: the restarted server takes the same recording up and nothing is lost`, async () => {
          const page = await startRecording(browser, server, event.id);
          await recordFor(page, 4_000);
          const beforeKill = await capturedMs(page);
          await server.kill9();
          await page.getByTestId('fault-unreachable').waitFor({ timeout: 15_000 });
          await recordFor(page, beforeKill + 3_000);
          if (round === 1) await screenshot(page, 'recorder-14-server-unreachable');
          if (round === 3) {
            // A restart prints a new URL: the page's session cookie is void until the user opens it (a
            // person takes longer than the 5 s grace of this test server, so it gets a minute here).
            await server.restart({ newToken: true, graceMs: 60_000 });
            await page.getByTestId('fault-unauthorized').waitFor({ timeout: 15_000 });
            await screenshot(page, 'recorder-15-server-restarted');
            const login = await browser.newPage(server.loginUrl);
            await login.close();
          } else await server.restart();
          await drained(page);
          await recordFor(page, (await capturedMs(page)) + 2_000);
          const captured = await capturedMs(page);
          await page.getByTestId('stop-button').click();
          await page.getByTestId('stop-summary').waitFor({ timeout: 30_000 });
          await page.close();

          const { recording, audio } = await nthRecording(server, event.id, round);
          report(`kill -9, page stays (round ${round})`, { captured, stored: durationMs(audio), audio });
          // One recording, not "recovered": the session went on as if nothing had happened.
          expect(recording.originalName).not.toContain('復旧');
          expect(Math.abs(durationMs(audio) - captured)).toBeLessThan(1_000);
          expectContinuous(audio, `kill9-round${round}`);
        });
      }
    });

    describe('the server saved the recording before the page came back', () => {
      beforeAll(async () => {
        event = await createInterview(server, '株式会社ツヅキ');
      });

      it('the page continues in a second recording that starts exactly where the first ends', async () => {
        const page = await startRecording(browser, server, event.id);
        await recordFor(page, 4_000);
        // The page cannot reach the restarted server until the server has given up waiting for it.
        await page.route('**/api/live-sessions/**', (route) => route.abort('connectionrefused'));
        await server.kill9();
        await server.restart({ graceMs: 200 });
        const first = await nthRecording(server, event.id, 1, 30_000);
        expect(first.recording.originalName).toContain('中断から復旧');
        await page.unroute('**/api/live-sessions/**');
        await page.getByTestId('notice-continued').waitFor({ timeout: 20_000 });
        await screenshot(page, 'recorder-26-continued');
        await drained(page);
        await recordFor(page, (await capturedMs(page)) + 2_000);
        const captured = await capturedMs(page);
        await page.getByTestId('stop-button').click();
        await page.getByTestId('stop-summary').waitFor({ timeout: 30_000 });
        await page.close();

        const second = await nthRecording(server, event.id, 2);
        expect(second.recording.originalName).toContain('続き');
        const total = durationMs(first.audio) + durationMs(second.audio);
        console.info(
          `[recorder crash] continued: captured ${captured.toFixed(0)} ms, stored ${durationMs(first.audio).toFixed(0)} + ${durationMs(second.audio).toFixed(0)} ms`,
        );
        expect(Math.abs(total - captured)).toBeLessThan(1_000);
        if (!fixture) throw new Error('fixture missing');
        const start = continuity(first.audio, fixture).offset;
        const next = continuity(second.audio, fixture).offset;
        // Nothing missing, nothing doubled between the two: the second begins where the first ends.
        expect(Math.abs(next - (start + first.audio.samples.length))).toBeLessThan(0.05 * first.audio.sampleRate);
        expectContinuous(second.audio, 'after-restart-new-recording');
      });
    });

    describe('the server is killed and the page is closed too: the restarted server recovers the recording', () => {
      beforeAll(async () => {
        event = await createInterview(server, '株式会社フッキュウ');
      });

      for (const round of ROUNDS) {
        it(`round ${round}: recovered within a second of what was captured before the kill`, async () => {
          const page = await startRecording(browser, server, event.id);
          const clock = await captureClock(page);
          await recordFor(page, 4_000 + round * 500);
          const acknowledged = await savedMs(page);
          await server.kill9();
          const beforeKill = clock();
          // The page goes on capturing into its outbox for a moment, then it is closed too.
          await recordFor(page, beforeKill + 1_500);
          await page.close();
          await server.restart();

          const { recording, audio } = await nthRecording(server, event.id, round, 30_000);
          report(`kill -9, page closed too (round ${round})`, {
            captured: beforeKill,
            atFault: true,
            acknowledged,
            stored: durationMs(audio),
            audio,
          });
          expect(recording.originalName).toContain('中断から復旧');
          const recovered = durationMs(audio);
          expect(recovered).toBeGreaterThanOrEqual(acknowledged - 50);
          expect(Math.abs(recovered - beforeKill)).toBeLessThanOrEqual(1_000);
          expectContinuous(audio, `kill9-closed-round${round}`);
        });
      }

      it('says so when a page opens later with audio it could no longer add', async () => {
        const page = await browser.newPage(`${server.url}/#/`);
        // The audio after the kill waited in the closed page's outbox; the server had recovered that
        // recording without it by then, and the page says how much could not be added.
        await page
          .getByTestId('leftovers-saved')
          .filter({ hasText: '追加できませんでした' })
          .waitFor({ timeout: 20_000 });
        await screenshot(page, 'recorder-16-leftovers-after-recovery');
        await page.close();
      });
    });

    describe('the recorder tab is closed mid-recording while the server runs', () => {
      beforeAll(async () => {
        event = await createInterview(server, '株式会社タブトジ');
      });

      for (const round of ROUNDS) {
        it(`round ${round}: reopening furikaeri sends what the tab had left and saves the recording`, async () => {
          const page = await startRecording(browser, server, event.id);
          const clock = await captureClock(page);
          await recordFor(page, 3_500 + round * 500);
          await page.close();
          const beforeClose = clock();
          const next = await browser.newPage(`${server.url}/#/events/${event.id}`);
          await next.getByTestId('leftovers-saved').waitFor({ timeout: 20_000 });
          if (round === 1) await screenshot(next, 'recorder-17-tab-closed-recovered');
          await next.close();

          const { recording, audio } = await nthRecording(server, event.id, round);
          report(`tab closed, reopened (round ${round})`, {
            captured: beforeClose,
            atFault: true,
            stored: durationMs(audio),
            audio,
          });
          expect(recording.originalName).toContain('中断から復旧');
          expect(Math.abs(durationMs(audio) - beforeClose)).toBeLessThanOrEqual(1_000);
          expectContinuous(audio, `tab-closed-round${round}`);
        });
      }

      it('without a page coming back, the server saves it as recovered once it has heard nothing for a while', async () => {
        const page = await startRecording(browser, server, event.id);
        const clock = await captureClock(page);
        await recordFor(page, 4_000);
        const acknowledged = await savedMs(page);
        await page.close();
        const beforeClose = clock();
        // idleMs is 6 s for this server; no page of this browser opens meanwhile.
        const { recording, audio } = await nthRecording(server, event.id, ROUNDS.length + 1, 30_000);
        report('tab closed, never reopened', {
          captured: beforeClose,
          atFault: true,
          acknowledged,
          stored: durationMs(audio),
          audio,
        });
        expect(recording.originalName).toContain('中断から復旧');
        expect(durationMs(audio)).toBeGreaterThanOrEqual(acknowledged - 50);
        expect(Math.abs(durationMs(audio) - beforeClose)).toBeLessThanOrEqual(1_000);
        expectContinuous(audio, 'tab-closed-never-reopened');
      });
    });
  },
);
