import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { JobEvent } from '@furikaeri/core';
import type { Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInterview, uploadFile } from '../support/api-client';
import { audioState, playAudio, seekAudio } from '../support/audio-element';
import { chromiumAvailable } from '../support/chromium';
import { type E2eApp, openApp } from '../support/e2e-app';
import { screenshot } from '../support/screenshots';
import { sineWav } from '../support/wav';

const FIXTURE = fileURLToPath(
  new URL('../../../shared/fixtures/audio/interview-ja-synth/interview_public.wav', import.meta.url),
);
const hasFixture = fs.existsSync(FIXTURE);
const COMPANY = '株式会社ミライ技研';

/** Importing, watching the pipeline, playing and seeking, duplicates, live updates and deleting. */
describe.skipIf(!chromiumAvailable() || !hasFixture)(
  `recordings in Chromium (needs /usr/bin/chromium and ${FIXTURE})`,
  () => {
    let app: E2eApp;
    let event: JobEvent;
    const audioResponses: Response[] = [];
    const cards = () => app.page.getByTestId('recording-card');

    beforeAll(async () => {
      app = await openApp({ passphrase: 'あの日の面接を振り返る 2025' });
      event = await createInterview(app.server, COMPANY);
      app.page.on('response', (response) => {
        if (new URL(response.url()).pathname.endsWith('/audio')) audioResponses.push(response);
      });
      await app.page.goto(`${app.server.url}/#/events/${event.id}`);
      await app.page.getByTestId('event-page').waitFor();
    });

    afterAll(async () => {
      await app?.dispose();
    });

    it('imports the interview recording and shows it ready (2:43)', async () => {
      const { page } = app;
      await page.getByTestId('file-input').setInputFiles(FIXTURE);
      const card = cards().first();
      await card.waitFor();
      await screenshot(page, '06-event-importing');
      await page.locator('[data-testid="recording-card"][data-status="ready"]').waitFor({ timeout: 60_000 });
      await expect(card.getByTestId('recording-duration').textContent()).resolves.toBe('2:43');
      await expect(card.getByTestId('recording-name').textContent()).resolves.toBe('interview_public.wav');
      await expect(card.getByTestId('recording-status').textContent()).resolves.toBe('再生できます');
      await expect(card.getByTestId('job-import').getAttribute('data-status')).resolves.toBe('succeeded');

      // Speech recognition is not built yet: an honest grey "未対応" with the reason, not an error.
      const transcribe = card.locator('[data-testid="job-transcribe"][data-status="unavailable"]');
      await transcribe.waitFor({ timeout: 30_000 });
      await expect(transcribe.getByTestId('job-status').textContent()).resolves.toBe('未対応');
      await expect(transcribe.getByTestId('job-message').textContent()).resolves.toContain(
        'furikaeri models pull sense-voice-small-int8',
      );
      await expect(card.getByTestId('recording-error').count()).resolves.toBe(0);
      await screenshot(page, '07-event-ready');
    });

    it('plays the recording from the player and seeks with HTTP Range requests', async () => {
      const audio = app.page.getByTestId('recording-audio');
      await playAudio(app.page, audio);
      await expect.poll(async () => (await audioState(audio)).currentTime, { timeout: 10_000 }).toBeGreaterThan(0.3);
      expect((await audioState(audio)).duration).toBeCloseTo(163, 0);

      await seekAudio(audio, 100);
      await expect.poll(async () => (await audioState(audio)).currentTime, { timeout: 10_000 }).toBeGreaterThan(100.3);
      const state = await audioState(audio);
      expect(state.currentTime).toBeLessThan(120);
      expect(state.paused).toBe(false);
      expect(audioResponses.some((response) => response.status() === 206)).toBe(true);
      await audio.evaluate((element) => (element as unknown as { pause(): void }).pause());
    });

    it('points to the existing recording when the same file is imported again', async () => {
      const { page } = app;
      await page.getByTestId('file-input').setInputFiles(FIXTURE);
      const error = page.getByTestId('upload-error');
      await error.waitFor({ timeout: 30_000 });
      await expect(error.textContent()).resolves.toContain('同じファイルは取り込み済みです');
      await page.getByTestId('duplicate-link').waitFor();
      await expect(cards().count()).resolves.toBe(1);
      await screenshot(page, '08-event-duplicate');
      await error.getByRole('button', { name: '閉じる' }).click();
    });

    it('shows a recording imported elsewhere live, and deletes it after asking', async () => {
      // Another client (the CLI, a second tab) imports into this event: the page learns it from the stream.
      await uploadFile(app.server, event.id, '練習_トーン.wav', sineWav(3));
      const card = cards().filter({ hasText: '練習_トーン.wav' });
      await card.and(app.page.locator('[data-status="ready"]')).waitFor({ timeout: 30_000 });
      await expect(card.getByTestId('recording-duration').textContent()).resolves.toBe('0:03');

      await card.getByTestId('delete-recording').click();
      await card.getByTestId('delete-recording-confirm').click();
      await expect.poll(() => cards().count()).toBe(1);
    });

    it('lists the event with its recording on the home page', async () => {
      const { page } = app;
      await page.getByTestId('brand').click();
      await page.getByTestId('home-page').waitFor();
      const row = page.getByTestId('recent-events').getByTestId('event-row');
      await expect(row.textContent()).resolves.toContain('2次面接');
      await expect(row.textContent()).resolves.toContain('録音 1件 · 2:43');
      await screenshot(page, '09-home');
      expect(app.cspViolations).toEqual([]);
    });
  },
);
