import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { centredSnippet } from '../src/repositories/search-snippet';
import { type TempContext, tempContext } from './support/temp-context';

let env: TempContext;

// Long lines as a one-hour interview's ASR gives them: no punctuation for a while, the searched words late.
const PREAMBLE = 'はい大学では情報工学を専攻しておりまして特に分散システムの研究室に所属していましたそこでは'.repeat(4);
const DOCS: Record<string, string> = {
  phrase: `${PREAMBLE}最終面接で聞かれた逆質問の答え方についてもう一度整理しておきたいと思っています特にキャリアの話です`,
  latin: `${'x'.repeat(300)} AIとSQLを使った分析の経験があります`,
  both: `${PREAMBLE}強みは粘り強さですそれを転職でも活かしたいと考えています`,
};

beforeAll(async () => {
  env = await tempContext();
  const company = env.ctx.library.createCompany({ name: '株式会社抜粋' });
  const eventId = env.ctx.library.createEvent({ companyId: company.id, type: 'interview' }).id;
  env.ctx.repos.search.replace(
    eventId,
    'segment',
    Object.entries(DOCS).map(([ref, body], index) => ({ kind: 'segment', ref, startMs: index * 1_000, body })),
  );
});
afterAll(async () => {
  await env.cleanup();
});

const snippetOf = (query: string, ref: string) =>
  env.ctx.repos.search.search(query, 50).find((hit) => hit.ref === ref)?.snippet;

describe('search snippets centred on the match', () => {
  it('shows a long phrase late in a long line whole and marked', () => {
    const phrase = '逆質問の答え方についてもう一度整理しておきたいと思っています特にキャリア';
    const snippet = snippetOf(phrase, 'phrase');
    expect(snippet).toContain(`⟦${phrase}⟧`);
    expect(snippet?.startsWith('…')).toBe(true);
  });

  it('finds a short word whose case differs from the query, late in the line', () => {
    expect(snippetOf('ai', 'latin')).toMatch(/⟦AI⟧とSQL/);
  });

  it('keeps context on both sides and marks every term in the window', () => {
    const snippet = snippetOf('粘り強さ 転職', 'both') ?? '';
    expect(snippet).toMatch(/^….+⟦粘り強さ⟧.+⟦転職⟧.+$/u);
    const [before = ''] = snippet.split('⟦');
    expect(before.length).toBeGreaterThan(10);
  });

  it('cuts around the match and says where it cut', () => {
    const body = `${'あ'.repeat(100)}転職${'い'.repeat(100)}`;
    const snippet = centredSnippet(body, ['転職']);
    expect(snippet).toBe(`…${'あ'.repeat(31)}⟦転職⟧${'い'.repeat(31)}…`);
    expect(centredSnippet('前職では主に転職', ['転職'])).toBe('前職では主に⟦転職⟧');
    expect(centredSnippet(`転職${'い'.repeat(100)}`, ['転職'])).toBe(`⟦転職⟧${'い'.repeat(62)}…`);
  });
});
