import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchDoc } from '../src/repositories/search-repository';
import { type TempContext, tempContext } from './support/temp-context';

let env: TempContext;

const DOCS: Record<string, string> = {
  middle: '転職を考えた理由を教えてください。',
  tail: '前職では主に転職',
  exact: '強み',
  latin: 'AIの研究をしていました。',
  both: '私の強みは、前の転職で学んだ粘り強さです。',
  quote: '「引用"符』のテスト',
};

beforeAll(async () => {
  env = await tempContext();
  const company = env.ctx.library.createCompany({ name: '株式会社検索' });
  const eventId = env.ctx.library.createEvent({ companyId: company.id, type: 'interview', round: 'first' }).id;
  const docs: SearchDoc[] = Object.entries(DOCS).map(([ref, body], index) => ({
    kind: 'segment',
    ref,
    startMs: index * 1_000,
    body,
  }));
  env.ctx.repos.search.replace(eventId, 'segment', docs);
});
afterAll(async () => {
  await env.cleanup();
});

const refs = (query: string) =>
  env.ctx.repos.search
    .search(query, 50)
    .map((hit) => hit.ref)
    .sort();

describe('two-character words through the trigram index', () => {
  it('finds a bigram inside a text and at its very end, where no trigram starts with it', () => {
    expect(refs('転職')).toEqual(['both', 'middle', 'tail']);
    expect(refs('強み')).toEqual(['both', 'exact']);
  });

  it('folds Latin case like the index does', () => {
    expect(refs('ai')).toEqual(['latin']);
    expect(refs('AI')).toEqual(['latin']);
  });

  it('requires every term, short or long, and finds nothing for an absent word', () => {
    expect(refs('強み 転職')).toEqual(['both']);
    expect(refs('転職 考えた')).toEqual(['middle']);
    expect(refs('転職 量子')).toEqual([]);
    expect(refs('量子')).toEqual([]);
  });

  it('treats quotes as text, and still handles one-character words (by scanning)', () => {
    expect(refs('"符')).toEqual(['quote']);
    expect(refs('符')).toEqual(['quote']);
    expect(refs('職 理由')).toEqual(['middle']);
  });

  it('marks the match in the snippet', () => {
    expect(env.ctx.repos.search.search('転職', 50).find((hit) => hit.ref === 'tail')?.snippet).toBe(
      '前職では主に⟦転職⟧',
    );
  });
});
