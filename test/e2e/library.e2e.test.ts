import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../support/chromium';
import { DESKTOP, type E2eApp, openApp, TABLET } from '../support/e2e-app';
import { screenshot } from '../support/screenshots';

const COMPANY = '株式会社サンプル商事';
const NOT_AUDIO_JA = '音声として読み込めないファイルです';

/** The library's forms and pages: company → application → interview event, edited and opened. */
describe.skipIf(!chromiumAvailable())('library pages in Chromium (needs /usr/bin/chromium)', () => {
  let app: E2eApp;
  let tempDir: string;
  const h1 = () => app.page.getByRole('heading', { level: 1 }).textContent();

  beforeAll(async () => {
    tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'furikaeri-e2e-files-'));
    app = await openApp({ passphrase: 'あの日の面接を振り返る 2025' });
  });

  afterAll(async () => {
    await app?.dispose();
    if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
  });

  it('opens on the empty library, with the token gone from the address bar', async () => {
    const { page } = app;
    await page.getByTestId('home-page').waitFor();
    expect(page.url()).not.toContain('token=');
    await expect(h1()).resolves.toBe('就活ライブラリ');
    await screenshot(page, '01-home-empty');
  });

  it('creates a company and an interview event through the forms', async () => {
    const { page } = app;
    await page.getByTestId('company-name').fill(COMPANY);
    await page.getByTestId('company-notes').fill('IT事業部の総合職。説明会で聞いた事業内容をメモ。');
    await page.getByTestId('company-submit').click();
    await page.getByTestId('company-card').filter({ hasText: COMPANY }).waitFor();

    const form = page.getByTestId('event-form');
    await expect(form.getByTestId('event-company').inputValue()).resolves.not.toBe('');
    await form.getByTestId('event-type').selectOption('interview');
    await form.getByTestId('event-round').selectOption('first');
    await form.getByTestId('event-time').fill('10:00');
    await form.getByTestId('add-participant').click();
    await form.getByLabel('参加者 1 の名前').fill('山田');
    await form.getByLabel('参加者 1 の役職・立場').fill('人事部長');
    await form.getByTestId('event-notes').fill('自己PRとガクチカを中心に聞かれた。');
    await form.getByTestId('consent-granted').check();
    await screenshot(page, '02-home-filled');

    await form.getByTestId('event-submit').click();
    await page.getByTestId('event-page').waitFor();
    await expect(h1()).resolves.toBe('1次面接');
    await expect(page.getByTestId('event-participants').textContent()).resolves.toContain('山田');
    await expect(page.getByTestId('event-consent').textContent()).resolves.toBe('録音の許可を得た');
    await page.getByTestId('no-recordings').waitFor();
    await screenshot(page, '03-event-before-import');
  });

  it('edits the event details in place', async () => {
    const { page } = app;
    await page.getByTestId('edit-event').click();
    const form = page.getByTestId('event-edit-form');
    await form.getByTestId('event-notes').fill('自己PRとガクチカ。逆質問で配属について質問した。');
    await form.getByTestId('event-save').click();
    await page.getByTestId('event-saved').waitFor();
    await expect(page.getByTestId('event-notes-view').textContent()).resolves.toContain('逆質問');
  });

  it('shows the company with its applications and events', async () => {
    const { page } = app;
    await page.getByRole('navigation').getByRole('link', { name: COMPANY }).click();
    await page.getByTestId('company-page').waitFor();
    await page.getByTestId('application-role').fill('総合職（IT）');
    await page.getByTestId('application-submit').click();
    const row = page.getByTestId('application-row').filter({ hasText: '総合職（IT）' });
    await row.waitFor();
    await row.getByTestId('application-status-select').selectOption('offer');
    await row.getByTestId('application-status').filter({ hasText: '内定' }).waitFor();
    await expect(page.getByTestId('company-events').getByTestId('event-row').count()).resolves.toBe(1);
    await screenshot(page, '04-company');
    await page.getByTestId('company-events').getByTestId('event-row').click();
    await page.getByTestId('event-page').waitFor();
  });

  it('refuses a file that is not audio with a Japanese message and adds nothing', async () => {
    const { page } = app;
    // Binary that is neither audio nor text (text now goes to the transcript import, by content).
    const notAudio = path.join(tempDir, 'voice-memo.m4a');
    fs.writeFileSync(notAudio, Buffer.concat([Buffer.from('%PDF-1.7\n%'), Buffer.alloc(2048, 0x01)]));
    await page.getByTestId('file-input').setInputFiles(notAudio);
    const error = page.getByTestId('upload-error');
    await error.waitFor();
    await expect(error.textContent()).resolves.toContain(NOT_AUDIO_JA);
    await expect(page.getByTestId('upload-row').textContent()).resolves.toContain('録音は追加されていません');
    await expect(page.getByTestId('recording-card').count()).resolves.toBe(0);
    await page.getByTestId('no-recordings').waitFor();
    await screenshot(page, '05-event-error');
    await error.getByRole('button', { name: '閉じる' }).click();
    await expect(page.getByTestId('upload-row').count()).resolves.toBe(0);
  });

  it('switches to English and remembers the choice', async () => {
    const { page } = app;
    await page.getByTestId('locale-en').click();
    await expect(h1()).resolves.toBe('1st round');
    await page.reload();
    await page.getByTestId('event-page').waitFor();
    await expect(h1()).resolves.toBe('1st round');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await screenshot(page, '10-event-english');
    await page.getByTestId('locale-ja').click();
    await expect(h1()).resolves.toBe('1次面接');
  });

  it('fits a tablet screen without sideways scrolling', async () => {
    const { page } = app;
    await page.setViewportSize(TABLET);
    for (const [name, link] of [
      ['11-event-tablet', null],
      ['11-company-tablet', page.getByRole('navigation').getByRole('link', { name: COMPANY })],
      ['11-home-tablet', page.getByTestId('brand')],
    ] as const) {
      await link?.click();
      const overflow = await page
        .locator('html')
        .evaluate((element) => element.scrollWidth - (element as unknown as { clientWidth: number }).clientWidth);
      expect(overflow, name).toBeLessThanOrEqual(0);
      await screenshot(page, name);
    }
    await page.setViewportSize(DESKTOP);
  });

  it('ran without a single Content-Security-Policy violation', () => {
    expect(app.cspViolations).toEqual([]);
  });
});
