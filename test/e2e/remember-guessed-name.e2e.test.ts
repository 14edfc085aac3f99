import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../support/chromium';
import { type E2eApp, openApp } from '../support/e2e-app';
import { screenshotOf } from '../support/screenshots';
import { chooseFileInUi, createInterviewInUi } from '../support/ui-journey';

/** A one-to-one interview as Zoom exports it: who asks and who answers about themselves tells who is the user. */
const ONE_TO_ONE = `WEBVTT

1
00:00:01.000 --> 00:00:06.000
高橋 誠: 本日はよろしくお願いします。人事部の高橋です。まず自己紹介をお願いします。

2
00:00:06.500 --> 00:00:20.000
中村 陽菜: 港北大学の中村陽菜です。ゼミでは地域の商店街の集客を研究し、イベントの来場者を二割増やしました。

3
00:00:20.500 --> 00:00:24.000
高橋 誠: ありがとうございます。当社を志望する理由を教えてください。

4
00:00:24.500 --> 00:00:38.000
中村 陽菜: 御社の店舗支援のサービスで、商店街のような小さなお店の集客を手伝いたいと考えたからです。
`;

/**
 * 「この名前を覚える」 in the import preview keeps the name whenever it is ticked — also when the file's guess
 * already made that speaker "me" and the user changed nothing (the walk found the name was then dropped).
 */
describe.skipIf(!chromiumAvailable())(
  'remembering a guessed "me" from the import preview (needs /usr/bin/chromium)',
  () => {
    let app: E2eApp;
    let tempDir: string;

    beforeAll(async () => {
      tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'furikaeri-e2e-remember-'));
      app = await openApp({ passphrase: '名前を覚えておく 2026' });
    });

    afterAll(async () => {
      await app?.dispose();
      if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
    });

    it('saves the guessed name when the box stays ticked', async () => {
      const { page } = app;
      await createInterviewInUi(page, '株式会社みせ支援');
      const file = path.join(tempDir, 'zoom-one-to-one.vtt');
      fs.writeFileSync(file, ONE_TO_ONE);
      await chooseFileInUi(page, file);
      const preview = page.getByTestId('transcript-preview');
      await preview.waitFor();
      // Guessed, not picked: the select already says 自分 and the box is ticked by default.
      await expect(preview.getByLabel('中村 陽菜 の役割').inputValue()).resolves.toBe('me');
      await expect(preview.getByTestId('remember-name').isChecked()).resolves.toBe(true);
      await screenshotOf(preview, 'remember-guessed-01-preview');
      await preview.getByTestId('preview-save').click();
      await page.getByTestId('transcript-saved').waitFor();
      await page.getByTestId('nav-settings').click();
      const names = page.getByTestId('own-names-section').getByTestId('own-name');
      await expect.poll(() => names.allTextContents()).toEqual([expect.stringContaining('中村 陽菜')]);
    });

    it('keeps nothing when the box is unticked', async () => {
      const { page } = app;
      await createInterviewInUi(page, '株式会社おぼえない');
      const file = path.join(tempDir, 'zoom-other.vtt');
      fs.writeFileSync(file, ONE_TO_ONE.replaceAll('中村 陽菜', '森 花子'));
      await chooseFileInUi(page, file);
      const preview = page.getByTestId('transcript-preview');
      await preview.waitFor();
      await preview.getByTestId('remember-name').uncheck();
      await preview.getByTestId('preview-save').click();
      await page.getByTestId('transcript-saved').waitFor();
      await page.getByTestId('nav-settings').click();
      const names = page.getByTestId('own-names-section').getByTestId('own-name');
      await names.first().waitFor();
      await expect(names.allTextContents()).resolves.toEqual([expect.stringContaining('中村 陽菜')]);
    });
  },
);
