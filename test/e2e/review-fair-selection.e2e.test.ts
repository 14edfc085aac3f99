import type { AnalysisReport } from '@furikaeri/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../support/chromium';
import { type E2eApp, openApp } from '../support/e2e-app';
import { screenshot, screenshotOf } from '../support/screenshots';
import { seedAnalysedTurns } from '../support/seed-review';

/** An interview (speakers 話者1/話者2) in which the interviewer asks about family and a respected person. */
const TURNS: Array<[string, string]> = [
  ['A', '本日はよろしくお願いします。まず、自己紹介をお願いします。'],
  ['B', '中村と申します。五年間、決済システムの開発を担当してきました。'],
  ['A', 'チームで取り組んだとき、尊敬する先輩から学んだエピソードがあれば教えてください。'],
  ['B', '前のリーダーです。ミスを責めずに、仕組みで防ぐ方法をみんなで考える人でした。'],
  ['A', 'ちなみに、ご家族はどんなお仕事をされているんですか。'],
  ['B', '父は会社員です。'],
  ['A', '尊敬する人物は誰ですか。'],
  ['B', '祖父です。'],
];

describe.skipIf(!chromiumAvailable())(
  'improper interviewer questions on the review page (needs /usr/bin/chromium)',
  () => {
    let app: E2eApp;
    let report: AnalysisReport;

    beforeAll(async () => {
      app = await openApp({ passphrase: '公正な採用選考を確かめる 2026' });
      const seeded = await seedAnalysedTurns(app.server, '株式会社サンプル', TURNS);
      report = seeded.report;
      await app.page.goto(`${app.server.url}/#/events/${seeded.eventId}/review`);
      await app.page.getByTestId('improper-questions').waitFor({ timeout: 30_000 });
    });

    afterAll(async () => {
      await app?.dispose();
    });

    it('lists the questions touching family and a respected person, not the teamwork question, and says why', async () => {
      expect(report.improperQuestions.map((item) => item.matter)).toEqual(['family', 'respected_person']);
      const card = app.page.getByTestId('improper-questions');
      const items = card.getByTestId('improper-question');
      await expect(items.count()).resolves.toBe(2);
      await expect(items.nth(0).textContent()).resolves.toContain('ご家族はどんなお仕事');
      await expect(items.nth(1).textContent()).resolves.toContain('尊敬する人物');
      await expect(card.textContent()).resolves.not.toContain('尊敬する先輩');
      await expect(items.nth(0).textContent()).resolves.toContain('厚生労働省');
      await expect(items.nth(0).textContent()).resolves.toContain('証拠用に書き出す');
      await expect(items.nth(0).locator('a').getAttribute('href')).resolves.toContain('mhlw.go.jp');
      await screenshotOf(card, 'fair-selection-01-card-ja');
      await screenshot(app.page, 'fair-selection-02-review-ja');
      await app.page.getByTestId('locale-en').click();
      await expect(card.textContent()).resolves.toContain('Export as evidence');
      await screenshotOf(card, 'fair-selection-03-card-en');
      await app.page.getByTestId('locale-ja').click();
      expect(app.cspViolations).toEqual([]);
    });
  },
);
