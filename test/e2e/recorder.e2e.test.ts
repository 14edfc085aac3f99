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

/** Replaces screen sharing with a 1 kHz tone made in the page (runs in the browser; the tests have no DOM types). */
const SHARED_TONE_SCRIPT = `
navigator.mediaDevices.getDisplayMedia = async () => {
  const context = new AudioContext();
  const tone = context.createOscillator();
  tone.frequency.value = 1000;
  const gain = context.createGain();
  gain.gain.value = 0.3;
  const destination = context.createMediaStreamDestination();
  tone.connect(gain).connect(destination);
  tone.start();
  const video = document.createElement('canvas').captureStream(1).getVideoTracks();
  return new MediaStream([...destination.stream.getAudioTracks(), ...video]);
};`;

/** Share of a signal's energy at one frequency (Goertzel over the whole signal, against its total energy). */
function toneShare(samples: Float32Array, frequency: number, rate: number): number {
  const coefficient = 2 * Math.cos((2 * Math.PI * frequency) / rate);
  let previous = 0;
  let beforePrevious = 0;
  let total = 0;
  for (const sample of samples) {
    const current = sample + coefficient * previous - beforePrevious;
    beforePrevious = previous;
    previous = current;
    total += sample * sample;
  }
  const power = previous * previous + beforePrevious * beforePrevious - coefficient * previous * beforePrevious;
  // A pure tone of N samples puts N/2 · (its energy) into the Goertzel power.
  return total > 0 ? (2 * power) / (samples.length * total) : 0;
}

/** The recorder in Chromium, its microphone playing the shared interview fixture. */
describe.skipIf(!chromiumAvailable() || !hasInterviewWav || !webBuilt())(
  `the recorder in Chromium with a fake microphone (needs /usr/bin/chromium, the built UI and ${INTERVIEW_WAV})`,
  () => {
    let server: TestServer;
    let browser: RecorderBrowser;
    let page: Page;
    let event: JobEvent;
    // Read in beforeAll: a skipped suite's body still runs while tests are collected, without the fixture.
    let fixture: ReturnType<typeof readWav>;

    beforeAll(async () => {
      fixture = readWav(INTERVIEW_WAV);
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
      // No speech model here: the page says so instead of promising an automatic transcription (issue #18).
      const outlook = page.getByTestId('pipeline-outlook');
      await expect(outlook.getAttribute('data-model')).resolves.toBe('missing');
      await expect(outlook.textContent()).resolves.toContain('文字起こしと分析は行われません');
      await screenshot(page, 'recorder-04-saved');

      const [recording] = await recorderRecordings(event.id);
      if (!recording) throw new Error('no recorder recording');
      await waitUntilReady(server, recording.id);
      const stored = await storedAudio(server, recording.id);
      const seconds = stored.samples.length / stored.sampleRate;
      expect(Math.abs(seconds - 20)).toBeLessThan(1);
      expect(Math.abs(seconds * 1000 - captured)).toBeLessThan(600);
      // The first and the last 6 s, each found in the fixture on its own: Chromium's fake microphone now and then
      // skips under load (1 of 4 full e2e runs here; session 6 saw it too), which shifted one alignment over the
      // whole 20 s and dropped its middle window to ≈0.6. A loss on our side cannot hide behind this: the server
      // refuses a chunk gap, and the two duration checks above would fail first.
      const sixSeconds = 6 * stored.sampleRate;
      for (const part of [stored.samples.subarray(0, sixSeconds), stored.samples.subarray(-sixSeconds)]) {
        expect(align(part, fixture.samples, fixture.sampleRate).correlation).toBeGreaterThan(0.9);
      }
      // A control that must not match: the same audio played backwards.
      const reversed = align(stored.samples.slice().reverse(), fixture.samples, fixture.sampleRate);
      expect(reversed.correlation).toBeLessThan(0.5);
      const bookmarks = await callApi<{ offsetMs: number }[]>(server, 'GET', `/recordings/${recording.id}/bookmarks`);
      expect(bookmarks).toHaveLength(1);
      expect(bookmarks[0]?.offsetMs).toBeGreaterThanOrEqual(4_500);
      expect(bookmarks[0]?.offsetMs).toBeLessThan(8_000);
    });

    it('pauses (the pause is not in the recording), dims the screen, and offers notes now or later', async () => {
      await page.getByTestId('record-again').click();
      await page.getByTestId('start-button').click();
      await page.getByTestId('recording-screen').waitFor();
      await recordFor(page, 3_000);
      await page.keyboard.press('p');
      await page.locator('[data-testid="recording-screen"][data-phase="paused"]').waitFor();
      const atPause = await capturedMs(page);
      await page.waitForTimeout(2_500);
      expect(await capturedMs(page)).toBe(atPause);
      await screenshot(page, 'recorder-05-paused');
      await page.keyboard.press('p');
      await page.locator('[data-testid="recording-screen"][data-phase="recording"]').waitFor();
      await page.keyboard.press('d');
      await page.getByTestId('dim-overlay').waitFor();
      await screenshot(page, 'recorder-06-dimmed', { fullPage: false });
      await page.keyboard.press('b'); // bookmarks still work in the dark
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('dim-overlay').count()).resolves.toBe(0);
      await recordFor(page, 6_000);
      const captured = await capturedMs(page);
      await page.getByTestId('stop-button').click();
      await page.getByTestId('stop-summary').waitFor({ timeout: 30_000 });
      await expect(page.getByTestId('bookmark-list').locator('li').count()).resolves.toBe(1);

      await page.getByTestId('notes-now').click();
      await page.getByTestId('notes-input').fill('志望動機を深掘りされた。数字で答えられなかった。');
      await page.getByTestId('notes-save').click();
      await page.getByTestId('notes-saved').waitFor();
      await screenshot(page, 'recorder-07-notes');
      const detail = await callApi<EventDetail>(server, 'GET', `/events/${event.id}`);
      expect(detail.event.notes).toContain('数字で答えられなかった');

      const latest = (await recorderRecordings(event.id)).at(-1);
      if (!latest) throw new Error('no second recording');
      await waitUntilReady(server, latest.id);
      const stored = await storedAudio(server, latest.id);
      // The 2.5-second pause is not in the recording: its length is what was captured.
      expect(Math.abs((stored.samples.length / stored.sampleRate) * 1000 - captured)).toBeLessThan(600);
    });

    it('records online through the browser’s screen sharing: two channels, both carrying audio', async () => {
      await page.getByTestId('record-again').click();
      await page.getByTestId('mode-online').check();
      await page.getByTestId('choose-remote').click();
      await page.locator('[data-testid="remote-status"][data-ready="true"]').waitFor({ timeout: 15_000 });
      await page.getByTestId('level-1').waitFor();
      await screenshot(page, 'recorder-08-online-setup');
      await page.getByTestId('start-button').click();
      await page.getByTestId('recording-screen').waitFor();
      await recordFor(page, 4_000);
      await screenshot(page, 'recorder-09-online-recording');
      await page.getByTestId('stop-button').click();
      await page.getByTestId('stop-summary').waitFor({ timeout: 30_000 });

      const latest = (await recorderRecordings(event.id)).at(-1);
      if (!latest) throw new Error('no online recording');
      await waitUntilReady(server, latest.id);
      expect((await callApi<Recording>(server, 'GET', `/recordings/${latest.id}`)).pcm?.channels).toBe(2);
      // Chromium's fake shared audio plays the same file as its fake microphone, so here both channels
      // hold the interview; which channel is which is checked below with a shared tone instead.
      for (const channel of [0, 1]) {
        const stored = await storedAudio(server, latest.id, channel);
        expect(align(stored.samples, fixture.samples, fixture.sampleRate).correlation).toBeGreaterThan(0.9);
      }
      await page.getByTestId('record-again').click();
      await page.getByTestId('mode-in_person').check();
    });

    it('keeps "me" and "them" apart: the microphone in channel 0 only, the shared audio in channel 1 only', async () => {
      // The shared "tab" is a 1 kHz tone made in the page, so the two sources differ.
      const tonePage = await browser.context.newPage();
      await tonePage.addInitScript({ content: SHARED_TONE_SCRIPT });
      await tonePage.goto(`${server.url}/#/events/${event.id}/record`);
      await tonePage.getByTestId('mode-online').check();
      await tonePage.getByTestId('choose-remote').click();
      await tonePage.locator('[data-testid="remote-status"][data-ready="true"]').waitFor({ timeout: 15_000 });
      await tonePage.getByTestId('start-button').click();
      await recordFor(tonePage, 4_000);
      await tonePage.getByTestId('stop-button').click();
      await tonePage.getByTestId('stop-summary').waitFor({ timeout: 30_000 });
      await tonePage.close();

      const latest = (await recorderRecordings(event.id)).at(-1);
      if (!latest) throw new Error('no online recording');
      await waitUntilReady(server, latest.id);
      const mine = await storedAudio(server, latest.id, 0);
      const theirs = await storedAudio(server, latest.id, 1);
      expect(align(mine.samples, fixture.samples, fixture.sampleRate).correlation).toBeGreaterThan(0.9);
      expect(align(theirs.samples, fixture.samples, fixture.sampleRate).correlation).toBeLessThan(0.3);
      expect(toneShare(theirs.samples, 1000, theirs.sampleRate)).toBeGreaterThan(0.9);
      expect(toneShare(mine.samples, 1000, mine.sampleRate)).toBeLessThan(0.05);
    });

    it('keeps a practice run in a practice event of its own, marked as practice', async () => {
      await page.getByTestId('practice-button').click();
      await page.getByTestId('recording-screen').waitFor();
      await recordFor(page, 3_000);
      await page.getByTestId('stop-button').click();
      await page.getByTestId('stop-summary').waitFor({ timeout: 30_000 });
      await expect(page.getByTestId('saved-message').textContent()).resolves.toContain('練習');
      await screenshot(page, 'recorder-10-practice-saved');
      const events = await callApi<(JobEvent & { recordingCount: number })[]>(server, 'GET', '/events');
      const practice = events.find((candidate) => candidate.type === 'practice');
      expect(practice).toMatchObject({
        title: '練習録音（2次面接の前）',
        companyId: event.companyId,
        recordingCount: 1,
      });
      const [take] = await recorderRecordings(practice?.id ?? '');
      expect(take?.originalName).toMatch(/^練習録音 /);
      await page.getByTestId('open-recording').click();
      await page.getByTestId('event-page').waitFor();
      await screenshot(page, 'recorder-11-practice-in-library');
    });

    it('shows the permission first: a reminder when nobody was asked, no recorder at all when it was declined', async () => {
      const notAsked = await createInterview(server, '株式会社キョカマダ', 'not_asked');
      await page.goto(`${server.url}/#/events/${notAsked.id}/record`);
      await page.getByTestId('consent-not-asked').waitFor();
      await screenshot(page, 'recorder-12-consent-not-asked');

      const declined = await createInterview(server, '株式会社オコトワリ', 'declined');
      await page.goto(`${server.url}/#/events/${declined.id}`);
      await page.getByTestId('consent-declined').waitFor();
      await expect(page.getByTestId('record-entry').count()).resolves.toBe(0);
      await page.goto(`${server.url}/#/events/${declined.id}/record`);
      await page.getByTestId('recorder-declined').waitFor();
      await expect(page.getByTestId('start-button').count()).resolves.toBe(0);
      await screenshot(page, 'recorder-13-consent-declined');
      const refused = await fetch(`${server.url}/api/events/${declined.id}/live-sessions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ mode: 'in_person', sampleRate: 16_000, channels: 1 }),
      });
      expect(refused.status).toBe(409);
    });
  },
);
