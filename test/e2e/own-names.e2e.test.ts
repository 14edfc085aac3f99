import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../support/chromium';
import { type E2eApp, openApp } from '../support/e2e-app';
import { screenshot, screenshotOf } from '../support/screenshots';
import { chooseFileInUi, createInterviewInUi, setUpLibraryInUi } from '../support/ui-journey';

/** A group interview as Zoom exports it: real names, one interviewer, three students (two named 佐藤). */
const zoomGroup = (me: string, company: string) => `WEBVTT

1
00:00:01.000 --> 00:00:07.000
高橋 誠: 皆さんこんにちは。本日の一次面接を担当します、${company}人事部の高橋です。よろしくお願いします。

2
00:00:07.500 --> 00:00:11.000
高橋 誠: では、お名前と大学名、学生時代に力を入れたことを順番にお願いします。

3
00:00:11.500 --> 00:00:24.000
佐藤 花: 青葉大学の佐藤花です。テニスサークルで三年間、週四日の朝練を続け、県大会に出場しました。

4
00:00:24.500 --> 00:00:40.000
${me}: 港北大学の佐藤一郎です。研究室でデータ整理のツールを作り、メンバー六人の作業時間を週に五時間減らしました。

5
00:00:40.500 --> 00:00:52.000
Murakami Sho: 東都大学の村上翔です。飲食店のアルバイトで新人向けのマニュアルを作り直しました。

6
00:00:52.500 --> 00:00:56.000
高橋 誠: ありがとうございます。当社を志望する理由を教えてください。

7
00:00:56.500 --> 00:01:12.000
${me}: はい。研究室でツールを作ったとき、使う人の手間が減ると喜ばれることにやりがいを感じました。御社のクラウド会計サービスで、もっと多くの人の手間を減らしたいと考えました。

8
00:01:12.500 --> 00:01:16.000
高橋 誠: 最後に、皆さんから何か質問はありますか。

9
00:01:16.500 --> 00:01:21.000
${me}: 入社後の研修では、どのようなことを学びますか。
`;

/**
 * Issue #18: which speaker is the user in a group. Picked once in one event's review (remembered, box ticked by
 * default), the same name — spelled the Teams way — is guessed as the user in the next event, with the reason;
 * the settings list the name and refuse a numbered label.
 */
describe.skipIf(!chromiumAvailable())('the user own name across group events (needs /usr/bin/chromium)', () => {
  let app: E2eApp;
  let tempDir: string;

  beforeAll(async () => {
    tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'furikaeri-e2e-own-names-'));
    app = await openApp();
    await setUpLibraryInUi(app.page, '自分の名前を覚える 2026');
  });

  afterAll(async () => {
    await app?.dispose();
    if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
  });

  async function importAndOpenReview(company: string, fileName: string, text: string): Promise<void> {
    const { page } = app;
    await createInterviewInUi(page, company, 'group_interview');
    const file = path.join(tempDir, fileName);
    fs.writeFileSync(file, text);
    await chooseFileInUi(page, file);
    const preview = page.getByTestId('transcript-preview');
    await preview.waitFor();
    await preview.getByTestId('preview-save').click();
    await page.getByTestId('transcript-open-review').click();
    await page.getByTestId('review-page').waitFor();
  }

  it('pick me once, remembered; the next group event guesses the same name as me', async () => {
    const { page } = app;
    await importAndOpenReview('株式会社クラウド会計', 'GMT20260520-group.vtt', zoomGroup('佐藤 一郎', 'クラウド会計'));
    const unknown = page.getByTestId('roles-unknown');
    await unknown.waitFor();
    await expect(unknown.textContent()).resolves.toContain('どの話者があなた');
    const remember = unknown.getByTestId('remember-name');
    await expect(remember.isChecked()).resolves.toBe(true);
    await screenshot(page, 'own-names-01-pick-me');
    await unknown.locator('[data-testid="role-pick"][data-key="佐藤 一郎"]').click();
    await page.getByTestId('roles-unknown').waitFor({ state: 'detached' });

    await page.getByTestId('nav-settings').click();
    const section = page.getByTestId('own-names-section');
    await section.waitFor();
    // The section shows at once and fills its list when the names arrive: wait for them, not for the frame.
    await section.getByTestId('own-name').first().waitFor();
    await expect(section.getByTestId('own-name').allTextContents()).resolves.toEqual([
      expect.stringContaining('佐藤 一郎'),
    ]);

    await importAndOpenReview('株式会社みらい商事', 'teams-group.vtt', zoomGroup('佐藤一郎 (ゲスト)', 'みらい商事'));
    const guessed = page.getByTestId('roles-guessed');
    await guessed.waitFor();
    await expect(page.getByTestId('roles-unknown').count()).resolves.toBe(0);
    const mine = guessed.locator('[data-testid="guessed-speaker"][data-key="佐藤一郎 (ゲスト)"]');
    await expect(mine.textContent()).resolves.toContain('推定: 自分');
    await mine.locator('summary').click();
    await expect(mine.textContent()).resolves.toContain('登録した自分の名前「佐藤 一郎」と一致');
    const other = guessed.locator('[data-testid="guessed-speaker"][data-key="佐藤 花"]');
    await expect(other.textContent()).resolves.not.toContain('推定: 自分');
    await page.getByTestId('qa-card').first().waitFor({ timeout: 60_000 });
    await screenshot(page, 'own-names-02-guessed-by-name');
  });

  it('a "me" picked in the import preview is remembered too', async () => {
    const { page } = app;
    await createInterviewInUi(page, '株式会社よやく', 'group_interview');
    const file = path.join(tempDir, 'preview-pick.vtt');
    fs.writeFileSync(file, zoomGroup('Lee Kevin', 'よやく'));
    await chooseFileInUi(page, file);
    const preview = page.getByTestId('transcript-preview');
    await preview.waitFor();
    await expect(preview.getByTestId('remember-name').count()).resolves.toBe(0);
    await preview.getByLabel('Lee Kevin の役割').selectOption('me');
    await expect(preview.getByTestId('remember-name').isChecked()).resolves.toBe(true);
    await screenshotOf(preview, 'own-names-03-preview-pick');
    await preview.getByTestId('preview-save').click();
    await page.getByTestId('transcript-saved').waitFor();
    await page.getByTestId('nav-settings').click();
    const names = page.getByTestId('own-names-section').getByTestId('own-name');
    await expect
      .poll(() => names.allTextContents())
      .toEqual([expect.stringContaining('佐藤 一郎'), expect.stringContaining('Lee Kevin')]);
  });

  it('settings: add a spelling, refuse a numbered label in the user language, remove one', async () => {
    const { page } = app;
    await page.getByTestId('nav-settings').click();
    const section = page.getByTestId('own-names-section');
    await section.waitFor();
    await section.getByTestId('own-name-input').fill('Ichiro Sato');
    await section.getByTestId('own-name-add').click();
    await expect.poll(() => section.getByTestId('own-name').count()).toBe(3);
    await section.getByTestId('own-name-input').fill('Speaker 3');
    await section.getByTestId('own-name-add').click();
    await expect.poll(async () => (await section.textContent()) ?? '').toContain('人の名前ではない');
    await expect(section.getByTestId('own-name').count()).resolves.toBe(3);
    await screenshotOf(section, 'own-names-04-settings');
    await section.getByTestId('own-name-remove').last().click();
    await expect.poll(() => section.getByTestId('own-name').count()).toBe(2);
    // The same refusal in English.
    await page.getByTestId('locale-en').click();
    await expect.poll(async () => (await section.textContent()) ?? '').toContain('My name in transcripts');
    await section.getByTestId('own-name-input').fill('話者2');
    await section.getByTestId('own-name-add').click();
    await expect.poll(async () => (await section.textContent()) ?? '').toContain("is not a person's name");
    await screenshotOf(section, 'own-names-05-settings-en');
    await page.getByTestId('locale-ja').click();
  });
});
