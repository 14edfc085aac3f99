import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { EventSummary, PracticeAttemptView } from '@furikaeri/core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  hasEspeakAndSox,
  type SpokenAnswerAudio,
  speakAnswer,
} from '../../packages/server/test/prep/support/spoken-answer-wav';
import { callApi } from '../support/api-client';
import { chromiumAvailable } from '../support/chromium';
import { type E2eApp, openApp } from '../support/e2e-app';
import { openRecorderBrowser, type RecorderBrowser } from '../support/recorder-browser';
import { screenshot } from '../support/screenshots';

/** In kana: espeak-ng's Japanese voice spells kanji out one by one. */
const SAID = [
  'えーと、わたしは けっさいシステムの いこうで リーダーを つとめました。',
  'リハーサルを さんかい おこないました。',
];

const PASSPHRASE = '声に出して練習する 2026';
const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'furikaeri-spoken-'));

/** Starts the generic set and answers the first question aloud with the fake microphone for `ms`. */
async function answerAloud(page: Page, ms: number): Promise<void> {
  await page.getByTestId('set-kind').selectOption('bank');
  await page.getByTestId('practice-start').click();
  await page.getByTestId('practice-question').waitFor();
  await page.getByTestId('record-start').click();
  await page.getByTestId('record-stop').waitFor();
  const status = page.getByTestId('record-status');
  await expect
    .poll(async () => Number(await status.getAttribute('data-captured-ms')), { timeout: ms + 20_000 })
    .toBeGreaterThanOrEqual(ms);
  await page.getByTestId('record-stop').click();
  await page.getByTestId('spoken-delivery').waitFor({ timeout: 60_000 });
}

/**
 * Practice mode in Chromium with the fake microphone playing a spoken answer made with espeak-ng: the app's
 * recorder records it into the vault, its audio is measured at once (real ffmpeg, VAD, YIN); without a
 * speech model the page says so and keeps the take; a typed answer beside it; both on the progress charts.
 */
describe.skipIf(!chromiumAvailable() || !hasEspeakAndSox())(
  'practice with spoken and typed answers (needs /usr/bin/chromium, espeak-ng, sox)',
  () => {
    let audio: SpokenAnswerAudio;
    let app: E2eApp;
    let mic: RecorderBrowser;

    beforeAll(async () => {
      audio = speakAnswer(tempDir(), SAID);
      app = await openApp({ passphrase: PASSPHRASE });
      mic = await openRecorderBrowser(app.server.loginUrl, audio.wav);
    });
    afterAll(async () => {
      await mic?.dispose();
      await app?.dispose();
    });

    it('records a spoken answer with the recorder and measures it at once; without a model it says so', async () => {
      const { page } = mic;
      await page.goto(`${app.server.url}/#/practice`);
      await answerAloud(page, 9_000);
      const result = page.getByTestId('spoken-result');
      await expect.poll(() => result.getAttribute('data-transcript'), { timeout: 30_000 }).toBe('no_model');
      await expect(page.getByTestId('transcript-state').textContent()).resolves.toContain('音声認識モデルがない');
      await expect(page.getByTestId('spoken-intonation').textContent()).resolves.toContain('PVQ');
      await expect(page.getByTestId('text-score').count()).resolves.toBe(0);
      const chart = page.getByTestId('progress-chart');
      await expect.poll(() => chart.getByTestId('chart-point').count()).toBe(1);
      await expect(chart.getByTestId('chart-point').getAttribute('data-kind')).resolves.toBe('spoken');
      await screenshot(page, 'practice-spoken-01-no-model', { fullPage: true });
      await page.getByTestId('locale-en').click();
      await expect(page.getByTestId('transcript-state').textContent()).resolves.toContain('No speech model');
      await expect(page.getByTestId('overall-chart').textContent()).resolves.toContain('All practice so far');
      await screenshot(page, 'practice-spoken-01b-english', { fullPage: true });
      await page.getByTestId('locale-ja').click();

      // Kept in the vault like any recording: in the day's practice event, as the attempt's recording.
      const [attempt] = await callApi<PracticeAttemptView[]>(app.server, 'GET', '/practice/attempts');
      const delivery = attempt?.spoken?.delivery;
      expect(delivery?.takeMs).toBeGreaterThan(8_500);
      // The fake microphone loops 1.5 s of silence, two sentences and a 3 s gap after each: any 9 s of it hold
      // at least 1.8 s of silence. The VAD tells speech from silence.
      expect(delivery?.speakingMs).toBeGreaterThan(2_000);
      expect(delivery?.silenceMs).toBeGreaterThan(1_000);
      const events = await callApi<EventSummary[]>(app.server, 'GET', '/events');
      const practice = events.filter((event) => event.type === 'practice');
      expect(practice.map((event) => [event.title, event.recordingCount])).toEqual([['回答練習（練習モード）', 1]]);
      // The library shows it as practice, apart from the interviews.
      const library = await mic.newPage(`${app.server.url}/#/`);
      const row = library.getByTestId('event-row').filter({ hasText: '回答練習（練習モード）' });
      await expect(row.textContent()).resolves.toContain('練習');
      await screenshot(library, 'practice-spoken-00-library', { fullPage: false });
      await library.close();
    });

    it('takes a typed answer too, and charts both; the chart is read with the keyboard', async () => {
      const { page } = mic;
      await page.getByTestId('practice-answer').fill('えーと、移行プロジェクトでリーダーとして手順を設計しました。');
      await page.getByTestId('practice-send').click();
      await page.getByTestId('text-score').waitFor();
      await expect(page.getByTestId('result-fillers').textContent()).resolves.toContain('えーと');
      const chart = page.getByTestId('progress-chart');
      await expect.poll(() => chart.getByTestId('chart-point').count()).toBe(2);
      await expect(chart.getByTestId('chart-point').nth(1).getAttribute('data-kind')).resolves.toBe('typed');
      await chart.getByTestId('chart-svg').focus();
      await page.keyboard.press('ArrowLeft');
      await expect(chart.getByTestId('chart-selected').textContent()).resolves.toMatch(/1回目.*声/);
      await page.keyboard.press('End');
      await expect(chart.getByTestId('chart-selected').textContent()).resolves.toMatch(/2回目.*入力/);
      await chart.getByText('表で見る').click();
      await expect(chart.getByTestId('attempt-row').allTextContents()).resolves.toEqual([
        expect.stringMatching(/^1.*声/),
        expect.stringMatching(/^2.*入力/),
      ]);
      const overall = page.getByTestId('overall-chart');
      await overall.getByTestId('chart-metric').selectOption('fillers');
      // Fillers exist only for scored answers: the spoken one without a transcript has none yet.
      await expect.poll(() => overall.getByTestId('chart-point').count()).toBe(1);
      await screenshot(page, 'practice-spoken-02-typed-and-charts', { fullPage: true });
    });

    it('once a speech model is installed, the take kept without one is transcribed and scored on request', async () => {
      const { page } = mic;
      // "Installing" the test engine: the library opened next finds a model (the engine is chosen at unlock).
      const before = process.env.FURIKAERI_FAKE_ASR;
      process.env.FURIKAERI_FAKE_ASR = '1';
      try {
        await page.getByTestId('lock').click();
        const unlock = page.getByTestId('vault-unlock');
        await unlock.getByTestId('unlock-passphrase').fill(PASSPHRASE);
        await unlock.getByTestId('unlock-submit').click();
        await page.getByTestId('practice-page').waitFor();
      } finally {
        if (before === undefined) delete process.env.FURIKAERI_FAKE_ASR;
        else process.env.FURIKAERI_FAKE_ASR = before;
      }
      await page.reload();
      const button = page.getByTestId('reanalyse-all');
      await expect(button.textContent()).resolves.toContain('1件');
      await button.click();
      const overall = page.getByTestId('overall-chart');
      await overall.getByTestId('chart-metric').selectOption('pace');
      // Only the spoken answer has a pace, once its transcript exists (a typed one is not timed).
      await expect.poll(() => overall.getByTestId('chart-point').count(), { timeout: 60_000 }).toBe(1);
      await expect(overall.getByTestId('chart-point').getAttribute('data-kind')).resolves.toBe('spoken');
      await expect(page.getByTestId('reanalyse-all').count()).resolves.toBe(0);
      await screenshot(page, 'practice-spoken-02c-reanalysed', { fullPage: true });
      const attempts = await callApi<PracticeAttemptView[]>(app.server, 'GET', '/practice/attempts');
      expect(attempts.map((a) => a.spoken?.transcript ?? 'typed')).toEqual(['done', 'typed']);
    });
  },
);

/** With a speech model (the test engine behind the recogniser interface), the spoken answer is transcribed and scored. */
describe.skipIf(!chromiumAvailable() || !hasEspeakAndSox())('a spoken answer with a speech model', () => {
  let app: E2eApp;
  let mic: RecorderBrowser;
  const before = process.env.FURIKAERI_FAKE_ASR;

  beforeAll(async () => {
    process.env.FURIKAERI_FAKE_ASR = '1';
    const audio = speakAnswer(tempDir(), SAID);
    app = await openApp({ passphrase: PASSPHRASE });
    mic = await openRecorderBrowser(app.server.loginUrl, audio.wav);
  });
  afterAll(async () => {
    if (before === undefined) delete process.env.FURIKAERI_FAKE_ASR;
    else process.env.FURIKAERI_FAKE_ASR = before;
    await mic?.dispose();
    await app?.dispose();
  });

  it('transcribes the take and shows its pace beside the audio measures', async () => {
    const { page } = mic;
    await page.goto(`${app.server.url}/#/practice`);
    await answerAloud(page, 6_000);
    const result = page.getByTestId('spoken-result');
    await expect.poll(() => result.getAttribute('data-transcript'), { timeout: 60_000 }).toBe('done');
    await page.getByTestId('text-score').waitFor();
    await expect(page.getByTestId('spoken-transcript').textContent()).resolves.toContain('テスト用エンジン');
    await expect(page.getByTestId('result-pace').textContent()).resolves.toMatch(/\d+ 字\/分/);
    await screenshot(page, 'practice-spoken-03-transcribed', { fullPage: true });
  });

  it('a take whose tab closed mid-answer is saved on reopening as that question’s attempt, and measured', async () => {
    const { page } = mic;
    await page.goto(`${app.server.url}/#/practice`);
    await page.getByTestId('set-kind').selectOption('bank');
    await page.getByTestId('practice-start').click();
    const question = await page.getByTestId('practice-question').textContent();
    await page.getByTestId('record-start').click();
    const status = page.getByTestId('record-status');
    await expect
      .poll(async () => Number(await status.getAttribute('data-captured-ms')), { timeout: 30_000 })
      .toBeGreaterThanOrEqual(4_000);
    await page.close();
    // Reopened: the app's pending-recordings check sends what the tab had left and saves the take.
    const next = await mic.newPage(`${app.server.url}/#/practice`);
    await next.getByTestId('leftovers-saved').waitFor({ timeout: 20_000 });
    await expect(next.getByTestId('leftovers-practice').textContent()).resolves.toContain(question ?? '');
    await screenshot(next, 'practice-spoken-04a-take-recovered-notice', { fullPage: false });
    // The page loaded its attempts before the take was saved: the overall chart takes it in without a reload.
    const overall = next.getByTestId('overall-chart');
    await expect.poll(() => overall.getByTestId('chart-point').count(), { timeout: 15_000 }).toBe(2);
    await next.getByTestId('set-kind').selectOption('bank');
    await next.getByTestId('practice-start').click();
    await expect(next.getByTestId('practice-question').textContent()).resolves.toBe(question);
    const chart = next.getByTestId('progress-chart');
    await expect.poll(() => chart.getByTestId('chart-point').count(), { timeout: 30_000 }).toBe(2);
    const attempts = await callApi<PracticeAttemptView[]>(app.server, 'GET', '/practice/attempts');
    expect(attempts.map((a) => a.question)).toEqual([question, question]);
    const recovered = attempts[1];
    expect(recovered?.spoken?.delivery?.takeMs).toBeGreaterThan(3_500);
    await expect
      .poll(
        async () =>
          (await callApi<PracticeAttemptView[]>(app.server, 'GET', '/practice/attempts'))[1]?.spoken?.transcript,
        { timeout: 60_000 },
      )
      .toBe('done');
    await next.reload();
    await next.getByTestId('set-kind').selectOption('bank');
    await next.getByTestId('practice-start').click();
    await expect.poll(() => next.getByTestId('progress-chart').getByTestId('chart-point').count()).toBe(2);
    await screenshot(next, 'practice-spoken-04-recovered-take', { fullPage: true });
  });
});
