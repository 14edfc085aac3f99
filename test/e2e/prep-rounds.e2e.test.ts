import type { Application, Company, JobEvent, PrepView, TranscriptContent } from '@furikaeri/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi } from '../support/api-client';
import { chromiumAvailable } from '../support/chromium';
import { type E2eApp, openApp } from '../support/e2e-app';
import { screenshot } from '../support/screenshots';
import { storeTranscript } from '../support/seed-review';

/** Rows of [speaker, text] (I: the interviewer, M: me) as an imported transcript, ten seconds a turn. */
function content(rows: ReadonlyArray<[string, string]>): TranscriptContent {
  return {
    language: 'ja',
    source: { kind: 'import', format: 'text', fileName: 'round.txt' },
    speakers: [
      { key: 'I', label: '面接官', role: 'interviewer' },
      { key: 'M', label: '私', role: 'me' },
    ],
    segments: rows.map(([speaker, text], index) => ({
      id: `seg-${index + 1}`,
      speaker,
      startMs: index * 10_000,
      endMs: index * 10_000 + 9_000,
      text,
      confidence: null,
    })),
    speechRegions: [],
  };
}

/** The three rounds of the user walk that found the round chooser changed nothing (a job change, backend). */
const ROUNDS = {
  first: [
    ['I', 'まず、転職を考えた理由を教えてください。'],
    ['M', '現在の会社では運用業務の比重が大きくなっており、もっと設計の段階から関わりたいと考えるようになりました。'],
    ['I', 'これまでで一番力を入れたプロジェクトについて教えてください。'],
    [
      'M',
      '決済システムのデータベース移行プロジェクトです。八名のチームで三ヶ月かけて移行しました。私はリーダーとして、本番前に三回リハーサルを行いました。',
    ],
    ['I', 'あなたの強みは何ですか。'],
    ['M', '私の強みは粘り強さです。障害対応で原因が分からないときも、最後まで原因を突き止めました。'],
  ],
  second: [
    ['I', '一次面接で話された移行プロジェクトについて、もう少し詳しく教えてください。'],
    [
      'M',
      '決済システムのデータベース移行で、十五名のチームで半年かけて進めました。私はサブリーダーとしてテスト計画を担当しました。',
    ],
    ['I', '転職理由をもう一度お聞かせください。'],
    ['M', '正直に申し上げると、年収を上げたいというのが一番の理由です。'],
    ['I', '5年後にどうなっていたいですか。'],
    ['M', 'マネジメントには興味がなく、ずっと現場のエンジニアとしてコードを書き続けたいです。'],
  ],
  final: [
    ['I', '当社が第一志望ですか'],
    ['M', 'はい第一志望です ほかに二社選考が進んでいますが御社の設計から関われる環境が一番魅力的です'],
    ['I', '将来はどんなキャリアを考えていますか'],
    ['M', '将来的にはチームをまとめるマネージャーになりたいと考えています メンバーの成長を支えたいです'],
  ],
} satisfies Record<string, Array<[string, string]>>;

/**
 * A company whose 1次, 2次 and 最終 are all held. In Chromium: choosing the round changes the list visibly —
 * the 1次 quotes no later round (its basics instead), the 2次 drills into the 1次, the 最終 into the 2次 with
 * 入社意欲 and 他社状況 — and the same holds in the API the page reads.
 */
describe.skipIf(!chromiumAvailable())('prep per round in Chromium (needs /usr/bin/chromium)', () => {
  let app: E2eApp;
  let application: Application;
  const ids = { first: '', second: '', final: '' };

  beforeAll(async () => {
    app = await openApp({ passphrase: '一次二次最終 2026' });
    const company = await callApi<Company>(app.server, 'POST', '/companies', { name: '株式会社三段階' });
    application = await callApi<Application>(app.server, 'POST', '/applications', {
      companyId: company.id,
      role: 'バックエンドエンジニア',
      status: 'in_progress',
    });
    const dates = { first: '2026-11-10', second: '2026-11-20', final: '2026-11-30' };
    for (const round of ['first', 'second', 'final'] as const) {
      const event = await callApi<JobEvent>(app.server, 'POST', '/events', {
        type: 'interview',
        round,
        date: dates[round],
        consent: 'granted',
        companyId: company.id,
        applicationId: application.id,
      });
      storeTranscript(app.server, event.id, null, content(ROUNDS[round]));
      ids[round] = event.id;
    }
  });

  afterAll(async () => {
    await app?.dispose();
  });

  const texts = () => app.page.getByTestId('prediction-text').allTextContents();
  const quotes = () => app.page.locator('[data-testid="prediction"] .prep-source__quote').allTextContents();
  const title = () => app.page.getByTestId('predictions').locator('h2').first().textContent();

  it('builds each round from the rounds before it, in the API the page reads', async () => {
    const view = (round: string) => callApi<PrepView>(app.server, 'GET', `/prep/${application.id}?round=${round}`);
    const sources = async (round: string) =>
      new Set((await view(round)).predictions.flatMap((p) => (p.source ? [p.source.eventId] : [])));
    expect([...(await sources('first'))]).toEqual([]);
    expect([...(await sources('second'))]).toEqual([ids.first]);
    const final = await sources('final');
    expect(final.has(ids.second)).toBe(true);
    expect(final.has(ids.final)).toBe(false);
  });

  it('changes the list when another round is chosen; the 1次 quotes nothing of the 最終', async () => {
    const { page } = app;
    const round = page.getByTestId('prep-round');
    const lists = { first: [] as string[], second: [] as string[], final: [] as string[] };
    await page.goto(`${app.server.url}/#/prep/${application.id}?round=first`);
    await page.getByTestId('prep-page').waitFor();
    await expect.poll(title).toContain('1次面接');
    await expect.poll(async () => (await texts()).some((t) => t.includes('自己紹介'))).toBe(true);
    lists.first = await texts();
    const firstQuotes = (await quotes()).join('\n');
    expect(firstQuotes).not.toContain('マネージャーになりたい');
    expect(firstQuotes).not.toContain('年収を上げたい');
    await screenshot(page, 'prep-rounds-01-first', { fullPage: true });

    await round.selectOption('second');
    await expect.poll(title).toContain('2次面接');
    await expect.poll(async () => (await texts()).join('\n') !== lists.first.join('\n')).toBe(true);
    lists.second = await texts();
    expect(lists.second.some((t) => t.includes('決済システム'))).toBe(true);
    expect((await quotes()).join('\n')).not.toContain('年収を上げたい');
    await screenshot(page, 'prep-rounds-02-second', { fullPage: true });

    await round.selectOption('final');
    await expect.poll(title).toContain('最終面接');
    await expect.poll(async () => (await texts()).some((t) => t.includes('他社の選考状況'))).toBe(true);
    lists.final = await texts();
    expect(lists.final.some((t) => t.includes('入社していただけますか'))).toBe(true);
    expect((await quotes()).join('\n')).toContain('年収を上げたい');
    expect((await quotes()).join('\n')).not.toContain('マネージャーになりたい');
    await screenshot(page, 'prep-rounds-03-final', { fullPage: true });

    const shared = (a: string[], b: string[]) => a.filter((t) => b.includes(t)).length;
    expect(shared(lists.first, lists.second)).toBeLessThan(3);
    expect(shared(lists.second, lists.final)).toBeLessThan(lists.final.length / 2);
  });
});
