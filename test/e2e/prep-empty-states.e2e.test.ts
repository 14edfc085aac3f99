import type { Company } from '@furikaeri/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi } from '../support/api-client';
import { chromiumAvailable } from '../support/chromium';
import { type E2eApp, openApp } from '../support/e2e-app';
import { setLocale, shot } from '../support/polish-shots';

/** The next-round pages in a library with nothing in it yet: each says what is missing and the way on. */
describe.skipIf(!chromiumAvailable())(
  'prep and the question bank with nothing in them (needs /usr/bin/chromium)',
  () => {
    let app: E2eApp;
    let company: Company;

    beforeAll(async () => {
      app = await openApp({ passphrase: 'まだ何もない 2026' });
      company = await callApi<Company>(app.server, 'POST', '/companies', { name: '株式会社まっさら' });
    });
    afterAll(async () => {
      await app?.dispose();
    });

    it('the question bank with no questions says how they arrive, with the ways on', async () => {
      const { page } = app;
      await page.goto(`${app.server.url}/#/questions`);
      const empty = page.getByTestId('bank-empty');
      await empty.waitFor();
      await expect(empty.textContent()).resolves.toContain('文字起こし');
      await expect(empty.getByRole('link').count()).resolves.toBe(2);
      await shot(page, 'polish-01-bank-empty-ja');
      await setLocale(page, 'en');
      await expect(empty.textContent()).resolves.toContain('No questions yet');
      await shot(page, 'polish-01-bank-empty-en');
      await setLocale(page, 'ja');
    });

    it('the consistency panel says nothing was compared yet, and why, rather than "no contradictions"', async () => {
      const { page } = app;
      await page.goto(`${app.server.url}/#/prep/${company.id}`);
      const empty = page.getByTestId('consistency-empty');
      await empty.waitFor();
      await expect(empty.textContent()).resolves.toContain('まだ比べるものがありません');
      await expect(empty.textContent()).resolves.not.toContain('見つかりませんでした');
      await shot(page, 'polish-02-prep-nothing-compared-ja');
    });

    it('keeps a pasted draft longer than the limit whole, counts it and says how far over it is', async () => {
      const { page } = app;
      await page.goto(`${app.server.url}/#/prep/${company.id}`);
      const card = page.getByTestId('prediction').first();
      await card.getByTestId('prepare-toggle').click();
      const draft = card.getByTestId('note-draft');
      const pasted = '移行の手順を設計し、リハーサルを三回行いました。'.repeat(220);
      await draft.fill(pasted);
      await expect(draft.inputValue()).resolves.toHaveLength(pasted.length);
      const count = card.getByTestId('note-draft-count');
      await expect(count.getAttribute('data-over')).resolves.toBe('true');
      await expect(count.textContent()).resolves.toContain('5,000字を');
      await expect(card.getByTestId('note-save').isDisabled()).resolves.toBe(true);
      await shot(page, 'polish-04-draft-over-limit-ja');
      await draft.fill('手順の設計を担当しました。');
      await expect(count.getAttribute('data-over')).resolves.toBe('false');
      await expect(card.getByTestId('note-save').isDisabled()).resolves.toBe(false);
    });

    it('a prep page whose company or application is gone links back to the library', async () => {
      const { page } = app;
      // Straight from another prep page, as a stale bookmark or a link to a deleted application is followed.
      await page.goto(`${app.server.url}/#/prep/${company.id}`);
      await page.getByTestId('prep-page').waitFor();
      await page.goto(`${app.server.url}/#/prep/app_deleted0000`);
      const back = page.getByTestId('back-to-library');
      await back.waitFor();
      await shot(page, 'polish-03-prep-unknown-id-ja');
      await back.click();
      await page.waitForURL(/#\/$/);
    });
  },
);
