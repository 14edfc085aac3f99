import type { AnalysisReport } from '@furikaeri/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../support/chromium';
import { type E2eApp, openApp } from '../support/e2e-app';
import { screenshot, screenshotOf } from '../support/screenshots';
import { seedAnalysedTurns } from '../support/seed-review';

/**
 * An interview as ASR gives it, without punctuation, with a Kansai interviewer: questions closed by regional endings,
 * a hint after the question, a question that only leans on the topic before it, and a private matter.
 */
const TURNS: Array<[string, string]> = [
  ['A', 'ほなよろしゅうお願いします まず自己紹介お願いできます 一分くらいで'],
  ['B', '大阪の大学で経営を学んでいる森です 食品スーパーのアルバイトを三年続けています'],
  ['A', 'アルバイトで一番しんどかったことって何 学校の話でもええよ'],
  ['B', '年末の繁忙期に新人が一度に辞めてしまって 売り場を四人で回したことです'],
  ['A', 'へえ そんときどないして乗り切ったん'],
  ['B', '品出しの順番を紙に書いて 誰でも同じ手順でできるようにしました'],
  ['A', 'ほな実際にそれ今も使われとるん'],
  ['B', 'はい 店長が新人研修の資料に入れてくれました'],
  ['A', 'ご両親は何しよるん'],
  ['B', '父は会社員です'],
];

describe.skipIf(!chromiumAvailable())(
  'an unpunctuated regional interview on the review page (needs /usr/bin/chromium)',
  () => {
    let app: E2eApp;
    let report: AnalysisReport;

    beforeAll(async () => {
      app = await openApp({ passphrase: '関西の面接を振り返る 2026' });
      const seeded = await seedAnalysedTurns(app.server, '株式会社サンプル食品', TURNS);
      report = seeded.report;
      await app.page.goto(`${app.server.url}/#/events/${seeded.eventId}/review`);
      await app.page.getByTestId('qa-card').first().waitFor({ timeout: 30_000 });
    });

    afterAll(async () => {
      await app?.dispose();
    });

    it('finds every question, says why a bare one keeps the topic, and flags the private matter', async () => {
      expect(report.questions.map((q) => q.category.category)).toEqual([
        'self_introduction',
        'hardship',
        'hardship',
        'hardship',
        'other',
      ]);
      expect(report.improperQuestions.map((item) => item.matter)).toEqual(['family']);
      const cards = app.page.getByTestId('qa-card');
      await expect(cards.count()).resolves.toBe(5);
      await expect(cards.nth(1).getByTestId('qa-category').textContent()).resolves.toBe('苦労・失敗経験');
      // 「ほな実際にそれ今も使われとるん」 names no topic: its reason says whose topic it keeps.
      const why = cards.nth(3).locator('details.qa-card__why');
      await why.locator('summary').click();
      await expect(why.locator('p').textContent()).resolves.toMatch(/苦労・失敗経験/);
      await expect(app.page.getByTestId('improper-question').first().textContent()).resolves.toContain(
        'ご両親は何しよるん',
      );
      await screenshotOf(app.page.getByTestId('slot-qa-cards'), 'casual-speech-01-cards-ja');
      await screenshot(app.page, 'casual-speech-02-review-ja');
      expect(app.cspViolations).toEqual([]);
    });
  },
);
