import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchDoc } from '../src/repositories/search-repository';
import { matchShortTerms, upperBound } from '../src/repositories/short-term-search';
import { type TempContext, tempContext } from './support/temp-context';

let env: TempContext;

const DOCS: Record<string, string> = {
  middle: '転職を考えた理由を教えてください。',
  tail: '前職では主に転職',
  exact: '強み',
  latin: 'AIの研究をしていました。',
  both: '私の強みは、前の転職で学んだ粘り強さです。',
  quote: '「引用"符』のテスト',
  single: '鬱',
  pair: '不安',
  lastTwo: '気分が沈んだ、鬱と',
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
    expect(refs('不安')).toEqual(['pair']);
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

  it('treats quotes as text', () => {
    expect(refs('"符')).toEqual(['quote']);
    expect(refs('"')).toEqual(['quote']);
  });

  it('marks the match in the snippet', () => {
    expect(env.ctx.repos.search.search('転職', 50).find((hit) => hit.ref === 'tail')?.snippet).toBe(
      '前職では主に⟦転職⟧',
    );
  });
});

describe('one-character words through the trigram index', () => {
  it('finds a character inside a text, second to last, last, and as the whole text', () => {
    expect(refs('鬱')).toEqual(['lastTwo', 'single']);
    expect(refs('符')).toEqual(['quote']);
    expect(refs('安')).toEqual(['pair']);
    expect(refs('み')).toEqual(['both', 'exact']);
    expect(refs('と')).toEqual(['lastTwo']);
    expect(refs('癖')).toEqual([]);
  });

  it('combines one-character words with longer ones, each required', () => {
    expect(refs('職 理由')).toEqual(['middle']);
    expect(refs('鬱 気分')).toEqual(['lastTwo']);
    expect(refs('み 転職')).toEqual(['both']);
    expect(refs('鬱 転職')).toEqual([]);
  });
});

describe('short words over many rows: probe, index and tails agree with a scan', () => {
  const ALPHABET = Array.from('あいうえお鬱aか');
  let texts: string[] = [];
  let short: TempContext;

  beforeAll(async () => {
    short = await tempContext();
    const company = short.ctx.library.createCompany({ name: '株式会社短語' });
    const eventId = short.ctx.library.createEvent({ companyId: company.id, type: 'interview', round: 'first' }).id;
    // Park–Miller: the same rows every run.
    let state = 7;
    const next = () => {
      state = (state * 48_271) % 2_147_483_647;
      return state / 2_147_483_647;
    };
    // Random texts of 1–12 characters: words land in the middle, second to last and last.
    texts = Array.from({ length: 600 }, () =>
      Array.from({ length: 1 + Math.floor(next() * 12) }, () => ALPHABET[Math.floor(next() * ALPHABET.length)]).join(
        '',
      ),
    );
    short.ctx.repos.search.replace(
      eventId,
      'segment',
      texts.map((body, index) => ({ kind: 'segment', ref: `s${index}`, startMs: index, body })),
    );
  });
  afterAll(async () => {
    await short.cleanup();
  });

  /** The newest `limit` texts containing every term: what a scan of every row, newest first, returns. */
  const scanned = (terms: string[], limit: number) =>
    texts
      .map((body, index) => ({ body, ref: `s${index}` }))
      .filter(({ body }) => terms.every((term) => body.toLowerCase().includes(term.toLowerCase())))
      .reverse()
      .slice(0, limit)
      .map(({ ref }) => ref);

  const found = (terms: string[], limit: number, probeRows: number) =>
    matchShortTerms(short.ctx.db, terms, limit, probeRows).map((row) => row.ref);

  it.each(['鬱', 'a', 'A', 'あい', '鬱a', 'か 鬱', 'えお う', 'あいう え'])(
    '「%s」: the same rows, in the same order, whether the probe answers or the index does',
    (query) => {
      const terms = query.split(' ');
      for (const limit of [1, 5, 50, 1_000]) {
        const expected = scanned(terms, limit);
        expect(expected.length).toBeGreaterThan(0);
        for (const probeRows of [0, 20, 100, 10_000]) expect(found(terms, limit, probeRows)).toEqual(expected);
      }
    },
  );
});

describe('upperBound', () => {
  it('is the least string above every string with the prefix, skipping surrogates', () => {
    expect(upperBound('転')).toBe('\u8ee3'); // 転 is U+8EE2
    expect(upperBound('転職')).toBe('転\u8078'); // 職 is U+8077
    expect(upperBound('\ud7ff')).toBe('\ue000');
    expect(upperBound('a\u{10ffff}')).toBeNull();
  });
});
