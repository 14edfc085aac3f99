import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../support/chromium';
import { type E2eApp, openApp } from '../support/e2e-app';
import { screenshot } from '../support/screenshots';
import { chooseFileInUi, createInterviewInUi, setUpLibraryInUi } from '../support/ui-journey';

/**
 * A casual first interview as a speech recogniser writes it: no punctuation, phrases split by spaces, plain endings
 * with no か — the questions must still be found and paired in the review, each with its category.
 */
const UNPUNCTUATED_VTT = `WEBVTT

00:00:01.000 --> 00:00:04.000
<v 北村 亮>えー じゃあ 始めます 今日は よろしく

00:00:04.500 --> 00:00:06.000
<v 今井 咲>よろしくお願いします

00:00:06.500 --> 00:00:09.000
<v 北村 亮>まず 軽く 自己紹介 から いい

00:00:09.500 --> 00:00:24.000
<v 今井 咲>はい 今井咲です 経済学部の四年で ゼミでは地域の商店街の空き店舗を調べています

00:00:24.500 --> 00:00:28.000
<v 北村 亮>へえ ゼミで 揉めたこと あった

00:00:28.500 --> 00:00:45.000
<v 今井 咲>はい 調査の範囲で意見が割れて 二週間ほど話がまとまりませんでした 最後は先輩の店主さんに話を聞いて決めました

00:00:45.500 --> 00:00:49.000
<v 北村 亮>なるほど 強みは 一言で 言うと

00:00:49.500 --> 00:00:58.000
<v 今井 咲>人の話を最後まで聞けるところだと思います

00:00:58.500 --> 00:01:02.000
<v 北村 亮>おっけー じゃあ 最後 なんか 聞いときたいこと ある

00:01:02.500 --> 00:01:10.000
<v 今井 咲>はい 入社後の研修はどんな内容ですか
`;

describe.skipIf(!chromiumAvailable())(
  'questions of an unpunctuated ASR transcript in the review (needs /usr/bin/chromium)',
  () => {
    let app: E2eApp | undefined;
    let tempDir = '';

    beforeAll(async () => {
      tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'furikaeri-e2e-unpunctuated-'));
      app = await openApp();
      await setUpLibraryInUi(app.page, '句読点のない文字起こし 2026');
    });

    afterAll(async () => {
      await app?.dispose();
      if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
    });

    it('finds the plain-form questions, pairs them and names their categories', async () => {
      if (!app) throw new Error('the app did not open');
      const { page } = app;
      await createInterviewInUi(page, '株式会社ひかり文具');
      const file = path.join(tempDir, 'casual-first-round.vtt');
      fs.writeFileSync(file, UNPUNCTUATED_VTT);
      await chooseFileInUi(page, file);
      const preview = page.getByTestId('transcript-preview');
      await preview.waitFor();
      await preview.getByLabel('北村 亮 の役割').selectOption('interviewer');
      await preview.getByLabel('今井 咲 の役割').selectOption('me');
      await preview.getByTestId('preview-save').click();
      await page.getByTestId('transcript-open-review').click();
      await page.getByTestId('review-page').waitFor();
      await page.locator('[data-testid="qa-report"]:not([data-state="roles-unknown"])').waitFor({ timeout: 60_000 });
      await page.getByTestId('qa-card').first().waitFor({ timeout: 60_000 });
      const questions = await page.getByTestId('qa-question').allTextContents();
      expect(questions).toEqual([
        expect.stringContaining('自己紹介'),
        expect.stringContaining('揉めたこと'),
        expect.stringContaining('強み'),
        expect.stringContaining('聞いときたいこと'),
      ]);
      const categories = await page.getByTestId('qa-category').allTextContents();
      expect(categories).toEqual([
        expect.stringContaining('自己紹介・経歴'),
        expect.stringContaining('チームワーク'),
        expect.stringContaining('強み'),
        expect.stringContaining('逆質問'),
      ]);
      // Each paired with my answer that follows it.
      const answers = await page.getByTestId('qa-answer').allTextContents();
      expect(answers.slice(0, 3)).toEqual([
        expect.stringContaining('経済学部の四年'),
        expect.stringContaining('調査の範囲で意見が割れて'),
        expect.stringContaining('人の話を最後まで聞ける'),
      ]);
      await screenshot(page, 'unpunctuated-01-review', { fullPage: true });
    });
  },
);
