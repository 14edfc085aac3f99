import type { SearchResults } from '@furikaeri/core';
import { searchLibrary } from '../../api/search';
import { LoadState } from '../../components/LoadState';
import { Notice } from '../../components/Notice';
import { PageTitle } from '../../components/PageTitle';
import { useResource } from '../../hooks/useResource';
import { useLocale } from '../../i18n/LocaleContext';
import { searchText } from '../../i18n/strings/search';
import { SearchForm } from './SearchForm';
import { SearchResultGroup } from './SearchResultGroup';
import './search.css';

const NO_RESULTS: SearchResults = { query: '', groups: [], truncated: false };

/** `#/search?q=`: every transcript and note, grouped by event; each hit opens the review at its moment. */
export function SearchPage({ query }: { query: string }) {
  const { t } = useLocale();
  const trimmed = query.trim();
  const results = useResource(`search:${trimmed}`, () =>
    trimmed === '' ? Promise.resolve(NO_RESULTS) : searchLibrary(trimmed),
  );

  return (
    <div className="page" data-testid="search-page">
      <PageTitle
        title={trimmed ? t(searchText.resultsFor(trimmed)) : t(searchText.title)}
        lead={<p>{t(searchText.lead)}</p>}
      />
      <SearchForm initial={trimmed} />
      {trimmed === '' ? (
        <p className="empty">{t(searchText.empty)}</p>
      ) : !results.data ? (
        <LoadState error={results.error} onRetry={results.reload} />
      ) : (
        <Results results={results.data} />
      )}
    </div>
  );
}

function Results({ results }: { results: SearchResults }) {
  const { t } = useLocale();
  if (results.groups.length === 0) {
    return (
      <p className="empty" data-testid="search-nothing" data-query={results.query}>
        {t(searchText.nothing(results.query))}
      </p>
    );
  }
  const hits = results.groups.reduce((sum, group) => sum + group.hits.length, 0);
  return (
    <>
      <p className="meta-text" role="status" data-testid="search-summary">
        {t(searchText.summary(hits, results.groups.length))}
      </p>
      {results.truncated && (
        <Notice tone="info" testId="search-truncated">
          <p>{t(searchText.truncated)}</p>
        </Notice>
      )}
      <ol className="search-groups" data-testid="search-results" data-query={results.query}>
        {results.groups.map((group) => (
          <SearchResultGroup key={group.event.id} group={group} />
        ))}
      </ol>
    </>
  );
}
