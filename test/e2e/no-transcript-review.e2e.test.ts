import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ModelManager, ModelPullTracker } from '@furikaeri/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFakePackage, type FakePackage, fakeEntry } from '../../packages/server/test/models/model-fixtures';
import { closedLoopbackPort } from '../../packages/server/test/models/model-server';
import { chromiumAvailable } from '../support/chromium';
import { type E2eApp, openApp } from '../support/e2e-app';
import { INTERVIEW_JSON, interviewFixturePresent } from '../support/interview-fixture';
import { screenshot, screenshotOf } from '../support/screenshots';
import { chooseFileInUi, createInterviewInUi, setUpLibraryInUi } from '../support/ui-journey';

const INTERVIEW_WAV = INTERVIEW_JSON.replace(/\.json$/, '.wav');

/**
 * A recording with no speech model installed (issue #18): the card and the review say what is missing and
 * offer to install it; a failed download says why in plain words and opens the offline import; the review
 * still plays the recording with its waveform and offers the ways on (import a transcript, model, notes).
 */
describe.skipIf(!chromiumAvailable() || !interviewFixturePresent())(
  `a recording without a transcript in Chromium (needs /usr/bin/chromium and ${INTERVIEW_WAV})`,
  () => {
    let app: E2eApp;
    let pkg: FakePackage;
    let modelsDir: string;

    beforeAll(async () => {
      pkg = buildFakePackage(1024);
      modelsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'furikaeri-e2e-models-'));
      // The default model id, downloaded from a site that refuses the connection.
      const entry = {
        ...fakeEntry(pkg, `http://127.0.0.1:${await closedLoopbackPort()}/sense-voice.tar.bz2`),
        id: 'sense-voice-small-int8',
        title: { ja: 'SenseVoice（テスト）', en: 'SenseVoice (test)' },
      };
      const models = new ModelPullTracker(new ModelManager({ modelsDir, registry: [entry] }));
      app = await openApp({ models });
      await setUpLibraryInUi(app.page, '文字起こしのない録音 2026');
    });

    afterAll(async () => {
      await app?.dispose();
      pkg?.cleanup();
      if (modelsDir) fs.rmSync(modelsDir, { recursive: true, force: true });
    });

    it('the recording card says the model is missing, and a failed download says the site is unreachable', async () => {
      const { page } = app;
      await createInterviewInUi(page, '株式会社モデルなし');
      await chooseFileInUi(page, INTERVIEW_WAV);
      const card = page.getByTestId('recording-card');
      await card
        .locator('[data-status="ready"]')
        .or(card.and(page.locator('[data-status="ready"]')))
        .first()
        .waitFor({
          timeout: 90_000,
        });
      const install = card.getByTestId('model-install');
      await install.waitFor({ timeout: 30_000 });
      await expect(install.getByTestId('model-needed').textContent()).resolves.toContain('SenseVoice（テスト）');
      await install.getByTestId('model-install-pull').click();
      const error = install.getByTestId('model-install-error');
      await error.waitFor({ timeout: 30_000 });
      await expect(error.textContent()).resolves.toContain('接続できませんでした');
      await expect(error.textContent()).resolves.not.toContain('fetch failed');
      await expect(install.getByTestId('model-install-offline').getAttribute('open')).resolves.not.toBeNull();
      await screenshotOf(card, 'no-transcript-01-card-download-failed');
    });

    it('the review plays the recording with its waveform and offers the three ways on', async () => {
      const { page } = app;
      await page.getByTestId('open-review').click();
      const player = page.getByTestId('no-transcript-player');
      await player.waitFor();
      await player.locator('.waveform').first().waitFor();
      await player.getByTestId('play-toggle').waitFor();
      // Speech regions from the real VAD: the fixture has 17 turns, some close enough to merge.
      await player.getByTestId('speech-regions').waitFor({ timeout: 60_000 });
      const regions = Number(/\d+/.exec((await player.getByTestId('speech-regions').textContent()) ?? '')?.[0]);
      expect(regions).toBeGreaterThanOrEqual(8);
      await expect(player.getByTestId('previous-question').count()).resolves.toBe(0);
      const next = page.getByTestId('next-steps');
      await next.getByTestId('next-import').getByTestId('file-input').waitFor({ state: 'attached' });
      await next.getByTestId('next-model').getByTestId('model-install').waitFor();
      await next.getByTestId('write-notes').waitFor();
      await screenshot(page, 'no-transcript-02-review');
    });

    it('a transcript dropped there attaches to the recording and the review opens on it', async () => {
      const { page } = app;
      const text = JSON.parse(fs.readFileSync(INTERVIEW_JSON, 'utf8')) as {
        turns: Array<{ speaker: string; start: number; end: number; text: string }>;
      };
      const stamp = (seconds: number) => {
        const ms = Math.round(seconds * 1000);
        const pad = (value: number, width = 2) => String(value).padStart(width, '0');
        return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`;
      };
      const vtt = `WEBVTT\n\n${text.turns
        .map(
          (turn) =>
            `${stamp(turn.start)} --> ${stamp(turn.end)}\n<v ${turn.speaker === 'A' ? '田中 誠' : '山田 優'}>${turn.text}`,
        )
        .join('\n\n')}\n`;
      // The browser reads the file again on saving, as it would the user's own file: it stays until the end.
      const file = path.join(modelsDir, 'zoom.vtt');
      fs.writeFileSync(file, vtt);
      await page.getByTestId('next-import').getByTestId('file-input').setInputFiles(file);
      const preview = page.getByTestId('transcript-preview');
      await preview.waitFor();
      await expect(preview.getByTestId('preview-recording').inputValue()).resolves.toMatch(/^rec_/);
      await preview.getByLabel('田中 誠 の役割').selectOption('interviewer');
      await preview.getByLabel('山田 優 の役割').selectOption('me');
      await preview.getByTestId('preview-save').click();
      await page.getByTestId('review-workspace').waitFor({ timeout: 30_000 });
      await page.getByTestId('player').locator('.waveform').first().waitFor();
      await page.getByTestId('qa-card').first().waitFor({ timeout: 60_000 });
      await screenshot(page, 'no-transcript-03-transcript-attached');
    });
  },
);
