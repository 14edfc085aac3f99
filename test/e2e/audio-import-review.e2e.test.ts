import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../support/chromium';
import { type E2eApp, openApp } from '../support/e2e-app';
import { INTERVIEW_JSON, interviewFixturePresent, interviewTurns } from '../support/interview-fixture';
import { screenshot } from '../support/screenshots';
import { chooseFileInUi, createInterviewInUi, setUpLibraryInUi } from '../support/ui-journey';

const INTERVIEW_WAV = INTERVIEW_JSON.replace(/\.json$/, '.wav');

/**
 * An audio file from an empty library to an analysed review, in the browser only (issue #18): the fake
 * recogniser stands in for the speech model (FURIKAERI_FAKE_ASR=1, reading the fixture's own words at their
 * times); the real import, VAD and model-free diarization find the speakers, whose roles come as guesses.
 */
describe.skipIf(!chromiumAvailable() || !interviewFixturePresent())(
  `audio import to an analysed review in Chromium (needs /usr/bin/chromium and ${INTERVIEW_WAV})`,
  () => {
    let app: E2eApp;
    let tempDir: string;
    const saved = { fake: process.env.FURIKAERI_FAKE_ASR, script: process.env.FURIKAERI_FAKE_ASR_SCRIPT };

    beforeAll(async () => {
      tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'furikaeri-e2e-audio-'));
      const script = path.join(tempDir, 'script.json');
      const lines = interviewTurns().turns.map((turn) => ({
        startMs: Math.round(turn.start * 1000),
        endMs: Math.round(turn.end * 1000),
        text: turn.text,
      }));
      fs.writeFileSync(script, JSON.stringify(lines));
      process.env.FURIKAERI_FAKE_ASR = '1';
      process.env.FURIKAERI_FAKE_ASR_SCRIPT = script;
      app = await openApp();
      await setUpLibraryInUi(app.page, '録音から振り返りまで 2026');
    });

    afterAll(async () => {
      await app?.dispose();
      for (const [key, value] of [
        ['FURIKAERI_FAKE_ASR', saved.fake],
        ['FURIKAERI_FAKE_ASR_SCRIPT', saved.script],
      ] as const) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
      if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
    });

    it('imports, transcribes with diarized speakers, shows their roles as guesses and analyses', async () => {
      const { page } = app;
      await createInterviewInUi(page, '株式会社オーディオ');
      await chooseFileInUi(page, INTERVIEW_WAV);
      const card = page.getByTestId('recording-card');
      await card.waitFor();
      // The pipeline runs on its own: import → transcribe → analyse.
      const analysed = card.locator('[data-testid="job-analyse"][data-status="succeeded"]');
      await analysed.waitFor({ timeout: 110_000 });
      await screenshot(page, 'audio-01-event-transcribed');
      await page.getByTestId('open-review').click();
      await page.getByTestId('review-workspace').waitFor();
      const speakers = page.getByTestId('speaker-row');
      await expect.poll(() => speakers.count()).toBeGreaterThanOrEqual(2);
      const guessed = page.getByTestId('roles-guessed');
      const unknown = page.getByTestId('roles-unknown');
      await guessed.or(unknown).first().waitFor();
      if (await guessed.isVisible()) {
        await expect(guessed.getByTestId('role-guess').first().textContent()).resolves.toMatch(/^推定: /);
        await page.getByTestId('qa-card').first().waitFor({ timeout: 60_000 });
        await screenshot(page, 'audio-02-review-guessed');
        await guessed.getByTestId('confirm-all-roles').click();
        await guessed.waitFor({ state: 'detached' });
      } else {
        await screenshot(page, 'audio-02-review-roles-unknown');
        await unknown.getByTestId('role-pick').last().click();
      }
      await page.getByTestId('qa-card').first().waitFor({ timeout: 60_000 });
      const count = Number(await page.getByTestId('summary-question-count').locator('strong').textContent());
      expect(count).toBeGreaterThanOrEqual(3);
      await screenshot(page, 'audio-03-review-analysed');
    });
  },
);
