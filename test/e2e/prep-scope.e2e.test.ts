import type { Application, Company, PrepView } from '@furikaeri/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi } from '../support/api-client';
import { chromiumAvailable } from '../support/chromium';
import { type E2eApp, openApp } from '../support/e2e-app';
import { INTERVIEW_JSON, interviewFixturePresent } from '../support/interview-fixture';
import { screenshot } from '../support/screenshots';
import { seedInterview } from '../support/seed-review';

/**
 * Two positions at one company (転職: a backend role and a product role). The shared first round belongs to
 * the backend application. In Chromium: the round chooser (keyboard) reloads the predictions in place; a
 * draft written for one application stays with it; a company-wide draft shows, marked, on both.
 */
describe.skipIf(!chromiumAvailable() || !interviewFixturePresent())(
  `prep per application and round in Chromium (needs /usr/bin/chromium and ${INTERVIEW_JSON})`,
  () => {
    let app: E2eApp;
    let company: Company;
    let backend: Application;
    let product: Application;
    let roleQuestion: string;

    beforeAll(async () => {
      app = await openApp({ passphrase: '二つの職種に応募 2026' });
      company = await callApi<Company>(app.server, 'POST', '/companies', { name: '株式会社二職種' });
      const apply = (role: string) =>
        callApi<Application>(app.server, 'POST', '/applications', {
          companyId: company.id,
          role,
          status: 'in_progress',
        });
      backend = await apply('バックエンドエンジニア');
      product = await apply('プロダクトマネージャー');
      await seedInterview(app.server, { companyId: company.id, applicationId: backend.id, round: 'first' });
      const view = await callApi<PrepView>(app.server, 'GET', `/prep/${backend.id}`);
      roleQuestion = view.predictions.find((p) => p.text.ja.includes('役割は何でしたか'))?.text.ja ?? '';
      expect(roleQuestion).not.toBe('');
      // Written on the company-wide page (as every draft was before drafts were per application).
      await callApi(app.server, 'PUT', `/prep/${company.id}/notes`, {
        question: roleQuestion,
        draft: '会社全体の下書き：サブリーダーでした。',
        keyPoints: ['共通のポイント'],
      });
    });

    afterAll(async () => {
      await app?.dispose();
    });

    const roleCard = () => app.page.getByTestId('prediction').filter({ hasText: roleQuestion }).first();
    const title = () => app.page.getByTestId('predictions').locator('h2').first().textContent();

    it('chooses the round with the keyboard and reloads the predictions in place', async () => {
      const { page } = app;
      await page.goto(`${app.server.url}/#/companies/${company.id}`);
      await page.getByTestId('prep-link').click();
      await page.getByTestId('prep-page').waitFor();
      // Two applications: the company-wide page says so and offers each.
      await page.getByTestId('company-wide-notice').waitFor();
      await screenshot(page, 'prep-scope-01-company-wide', { fullPage: true });

      const application = page.getByTestId('prep-application');
      await application.selectOption(backend.id);
      await page.waitForURL(new RegExp(`#/prep/${backend.id}$`));
      await expect.poll(title).toContain('2次面接');
      const round = page.getByTestId('prep-round');
      await expect(round.inputValue()).resolves.toBe('second');
      await expect(round.locator('option:checked').textContent()).resolves.toContain('次の面接');
      // Polled: the title can read 2次 while the company-wide view is still shown (its default round is 2次 too).
      await expect.poll(() => page.getByTestId('prep-job').textContent()).toContain('エンジニア・技術職');

      await round.focus();
      await page.keyboard.press('ArrowDown'); // 3次
      await page.waitForURL(/\?round=third$/);
      await page.keyboard.press('ArrowDown'); // 最終
      await page.waitForURL(/\?round=final$/);
      await expect.poll(title).toContain('最終面接');
      const texts = () => page.getByTestId('prediction-text').allTextContents();
      await expect.poll(async () => (await texts()).some((t) => t.includes('他社の選考状況'))).toBe(true);
      // Reloaded in place: the chooser kept the focus.
      await expect(page.evaluate("document.activeElement?.getAttribute('data-testid')")).resolves.toBe('prep-round');
      await screenshot(page, 'prep-scope-02-final-round', { fullPage: true });

      await round.selectOption('second');
      await page.waitForURL(new RegExp(`#/prep/${backend.id}$`));
      await expect.poll(async () => (await texts()).some((t) => t.includes('他社の選考状況'))).toBe(false);

      // In English the choosers say the same.
      await page.getByTestId('locale-en').click();
      await expect(page.getByTestId('prep-scope').textContent()).resolves.toContain('Round to prepare');
      await expect(round.locator('option:checked').textContent()).resolves.toBe('2nd round (next)');
      await screenshot(page, 'prep-scope-05-english', { fullPage: false });
      await page.getByTestId('locale-ja').click();
    });

    it('keeps a draft with its application and shows the company-wide one, marked, on the other', async () => {
      const { page } = app;
      await page.goto(`${app.server.url}/#/prep/${backend.id}`);
      await roleCard().getByTestId('company-wide-badge').waitFor();
      await roleCard().getByTestId('prepare-toggle').click();
      await roleCard().getByTestId('company-wide-hint').waitFor();
      await expect(roleCard().getByTestId('note-draft').inputValue()).resolves.toContain('会社全体の下書き');
      await roleCard().getByTestId('note-draft').fill('移行手順の設計を担当したサブリーダーでした。');
      await roleCard().getByTestId('note-points').fill('手順の設計');
      await roleCard().getByTestId('note-save').click();
      await expect.poll(() => roleCard().getByTestId('company-wide-badge').count()).toBe(0);
      await expect.poll(() => page.getByTestId('checklist-item').filter({ hasText: '手順の設計' }).count()).toBe(1);
      await screenshot(page, 'prep-scope-03-backend-draft', { fullPage: true });

      await page.getByTestId('prep-application').selectOption(product.id);
      await page.waitForURL(new RegExp(`#/prep/${product.id}$`));
      await expect.poll(title).toContain('1次面接');
      // No interview of its own and a role that names no field: the neutral list, said so.
      await expect(page.getByTestId('prep-job').textContent()).resolves.toContain('職種を問わない');
      await roleCard().getByTestId('company-wide-badge').waitFor();
      await roleCard().getByTestId('prepare-toggle').click();
      await expect(roleCard().getByTestId('note-draft').inputValue()).resolves.toBe(
        '会社全体の下書き：サブリーダーでした。',
      );
      await expect(page.getByTestId('checklist-item').filter({ hasText: '手順の設計' }).count()).resolves.toBe(0);
      await expect.poll(() => page.getByTestId('checklist-item').filter({ hasText: '共通のポイント' }).count()).toBe(1);
      await screenshot(page, 'prep-scope-04-product-shared-draft', { fullPage: true });

      await page.reload();
      await page.getByTestId('prep-page').waitFor();
      await expect.poll(title).toContain('1次面接');
      await page.getByTestId('prep-application').selectOption(backend.id);
      await expect.poll(title).toContain('2次面接');
      await roleCard().getByTestId('prepare-toggle').click();
      await expect(roleCard().getByTestId('note-draft').inputValue()).resolves.toBe(
        '移行手順の設計を担当したサブリーダーでした。',
      );
    });

    it('corrects the guessed kind of job with the keyboard, keeps it with the application, and re-predicts', async () => {
      const { page } = app;
      await page.goto(`${app.server.url}/#/prep/${product.id}`);
      await expect.poll(title).toContain('1次面接');
      const texts = () => page.getByTestId('prediction-text').allTextContents();
      const field = page.getByTestId('job-field');
      const track = page.getByTestId('job-track');
      // Nothing to guess from: the automatic choice says so.
      await expect(field.locator('option:checked').textContent()).resolves.toBe('自動（推定: 不明）');
      await expect(track.locator('option:checked').textContent()).resolves.toBe('自動（推定: 不明）');
      expect((await texts()).some((t) => t.includes('転職を考えた理由'))).toBe(false);

      await track.focus();
      await page.keyboard.press('ArrowDown'); // 新卒 (saved at once; the select waits for it)
      await expect.poll(() => track.isEnabled()).toBe(true);
      await expect.poll(() => track.inputValue()).toBe('new_grad');
      await page.keyboard.press('ArrowDown'); // 中途（転職）
      await expect.poll(() => track.inputValue()).toBe('mid_career');
      const topics = async () =>
        (await callApi<PrepView>(app.server, 'GET', `/prep/${product.id}`)).predictions.map((p) => p.topic);
      await expect.poll(topics).toContain('round:reason_for_change');
      await expect.poll(async () => (await texts()).some((t) => t.includes('転職を考えた理由'))).toBe(true);
      await field.focus();
      await page.keyboard.press('ArrowDown'); // エンジニア・技術職
      await expect.poll(() => page.getByTestId('prep-job').textContent()).toContain('エンジニア・技術職・中途（転職）');
      const kept = await callApi<PrepView>(app.server, 'GET', `/prep/${product.id}`);
      expect(kept.jobChoice).toEqual({ field: 'engineering', track: 'mid_career' });
      expect(kept.jobGuess).toMatchObject({ field: null, track: null });
      // Only this application: the backend one keeps its own guess.
      const other = await callApi<PrepView>(app.server, 'GET', `/prep/${backend.id}`);
      expect(other.jobChoice).toEqual({ field: null, track: null });
      await screenshot(page, 'prep-scope-06-job-corrected', { fullPage: false });

      await page.reload();
      await expect.poll(() => field.inputValue()).toBe('engineering');
      await expect(track.inputValue()).resolves.toBe('mid_career');
      await page.getByTestId('locale-en').click();
      await expect(page.getByTestId('job-kind').textContent()).resolves.toContain('Kind of job');
      await expect(field.locator('option').first().textContent()).resolves.toBe('Automatic (guessed: unknown)');
      await screenshot(page, 'prep-scope-07-job-english', { fullPage: false });
      await page.getByTestId('locale-ja').click();
      // Back to the guess.
      await track.selectOption('');
      await field.selectOption('');
      await expect.poll(async () => (await texts()).some((t) => t.includes('転職を考えた理由'))).toBe(false);
    });

    it("follows the kind set for the whole company, and says it is the company's, not a guess", async () => {
      const { page } = app;
      await page.goto(`${app.server.url}/#/prep/${company.id}`);
      const field = page.getByTestId('job-field');
      await expect.poll(() => field.isVisible()).toBe(true);
      await field.selectOption('engineering');
      await expect
        .poll(async () => (await callApi<PrepView>(app.server, 'GET', `/prep/${company.id}`)).jobChoice.field)
        .toBe('engineering');
      await page.goto(`${app.server.url}/#/prep/${product.id}`);
      await expect
        .poll(() => field.locator('option:checked').textContent())
        .toBe('自動（会社の設定: エンジニア・技術職）');
      await expect(page.getByTestId('prep-job').textContent()).resolves.toContain('エンジニア・技術職');
      await screenshot(page, 'prep-scope-08-job-from-company', { fullPage: false });
      await page.goto(`${app.server.url}/#/prep/${company.id}`);
      await field.selectOption('');
    });
  },
);
