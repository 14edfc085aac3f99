import type { Library } from './search-library';
import { ms, percentile } from './stats';

const RUNS = 25;

/**
 * Queries a user would type: common and rare words of 3+ characters (FTS5 trigram MATCH), and 1- and
 * 2-character words (a probe of the newest rows, then the trigram vocabulary + the tail indexes; see
 * short-term-search.ts).
 */
export const QUERIES = [
  { query: '志望動機', path: 'trigram' },
  { query: '決済システム', path: 'trigram' },
  { query: '移行プロジェクト', path: 'trigram (rare)' },
  { query: 'ブロックチェーン', path: 'trigram (no hit)' },
  { query: '苦労 経験', path: '2 chars × 2 (index)' },
  { query: '転職', path: '2 chars (index)' },
  { query: '残業', path: '2 chars (index)' },
  { query: '量子', path: '2 chars (index, no hit)' },
  { query: '鬱', path: '1 char (index, no hit)' },
  { query: '簿', path: '1 char (index, rare)' },
  { query: '験', path: '1 char (probe, common)' },
  { query: 'の', path: '1 char (probe, commonest)' },
  { query: '鬱 転職', path: '1 + 2 chars (index)' },
] as const;

export interface QueryFigures {
  query: string;
  path: string;
  hits: number;
  p50: number;
  p95: number;
  repoP95: number;
}

function timed(run: () => void): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

/** p50/p95 of SearchService.find (what GET /api/search runs) and of the repository query alone. */
export function measureSearch(library: Library): QueryFigures[] {
  const { search, repos } = library.ctx;
  return QUERIES.map(({ query, path }) => {
    for (let i = 0; i < 3; i++) search.find(query);
    const service = Array.from({ length: RUNS }, () => timed(() => search.find(query)));
    const repo = Array.from({ length: RUNS }, () => timed(() => repos.search.search(query, 201)));
    const hits = search.find(query).groups.reduce((sum, group) => sum + group.hits.length, 0);
    return {
      query,
      path,
      hits,
      p50: percentile(service, 50),
      p95: percentile(service, 95),
      repoP95: percentile(repo, 95),
    };
  });
}

export function printSearch(figures: readonly QueryFigures[]): void {
  console.log('\n  path                      hits  p50       p95       repository p95  query');
  for (const row of figures) {
    const cells = [row.path.padEnd(24), String(row.hits).padStart(4), ms(row.p50).padEnd(8), ms(row.p95).padEnd(8)];
    console.log(`  ${cells.join('  ')}  ${ms(row.repoP95).padEnd(14)}  「${row.query}」`);
  }
}
