import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../support/chromium';
import { type E2eApp, openApp } from '../support/e2e-app';
import { screenshotOf } from '../support/screenshots';
import { chooseFileInUi, createInterviewInUi, setUpLibraryInUi } from '../support/ui-journey';

/** A Meet-style text transcript whose speakers the user names in the preview. */
const MEET_TEXT = `小林 誠: 本日はよろしくお願いします。まず自己紹介をお願いします。
森 由佳: 森由佳です。大学では心理学を学び、カフェで三年間アルバイトをしてきました。
小林 誠: 学生時代に力を入れたことは何ですか。
森 由佳: カフェの新人教育です。手順を写真つきの表にまとめ、覚えるまでの期間を半分にしました。
`;

/**
 * After the transcript is saved, setting the roles can still fail (the server busy, the connection gone): the
 * card must say the transcript is kept, and a retry must send only the roles, never import the file again.
 */
describe.skipIf(!chromiumAvailable())('a failed roles step after an import (needs /usr/bin/chromium)', () => {
  let app: E2eApp;
  let tempDir: string;

  beforeAll(async () => {
    tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'furikaeri-e2e-roles-retry-'));
    app = await openApp();
    await setUpLibraryInUi(app.page, '役割だけ送り直す 2026');
  });

  afterAll(async () => {
    await app?.dispose();
    if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
  });

  it('says the transcript is saved, and the retry sends the roles alone', async () => {
    const { page } = app;
    await createInterviewInUi(page, '株式会社リトライ珈琲');
    const imports: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (request.method() === 'POST' && /\/transcripts$/.test(url.pathname)) imports.push(url.pathname);
    });
    // The first write after the import fails as a busy server answers; the next ones go through. Which write
    // comes first depends on the file's guess: the roles the user changed, or the name to remember.
    let refused = 0;
    const refuseOnce = async (route: Route) => {
      if (refused > 0 || route.request().method() === 'GET') return route.continue();
      refused += 1;
      return route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: JSON.stringify({
          code: 'busy',
          message: { ja: 'サーバーが混み合っています。', en: 'The server is busy.' },
        }),
      });
    };
    await page.route('**/api/events/*/transcript/speakers', refuseOnce);
    await page.route('**/api/settings/own-names/remembered', refuseOnce);
    const file = path.join(tempDir, 'meet-transcript.txt');
    fs.writeFileSync(file, MEET_TEXT);
    await chooseFileInUi(page, file);
    const preview = page.getByTestId('transcript-preview');
    await preview.waitFor();
    await preview.getByLabel('小林 誠 の役割').selectOption('interviewer');
    await preview.getByLabel('森 由佳 の役割').selectOption('me');
    await preview.getByTestId('preview-save').click();

    const failed = page.getByTestId('transcript-roles-failed');
    await failed.waitFor();
    await expect(failed.textContent()).resolves.toContain('文字起こしは保存しました（4 件の発言）');
    await expect(failed.textContent()).resolves.toContain('サーバーが混み合っています');
    await screenshotOf(page.getByTestId('import-area'), 'import-09-roles-failed');
    expect(imports).toHaveLength(1);

    await page.getByTestId('transcript-retry-roles').click();
    await page.getByTestId('transcript-saved').waitFor();
    expect(refused).toBe(1);
    expect(imports).toHaveLength(1);
    await page.getByTestId('transcript-open-review').click();
    await page.getByTestId('review-page').waitFor();
    await expect(page.getByTestId('speaker-role').nth(1).inputValue()).resolves.toBe('me');
  });
});
