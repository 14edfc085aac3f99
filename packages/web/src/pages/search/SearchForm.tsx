import { type FormEvent, useState } from 'react';
import { useLocale } from '../../i18n/LocaleContext';
import { searchText } from '../../i18n/strings/search';
import { href, navigate } from '../../router/routes';

/** The page's own search field, for refining the query without going back to the header. */
export function SearchForm({ initial }: { initial: string }) {
  const { t } = useLocale();
  const [query, setQuery] = useState(initial);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (query.trim() !== '') navigate(href.search(query.trim()));
  };
  return (
    <search>
      <form className="search-form" onSubmit={submit} data-testid="search-form">
        <label className="visually-hidden" htmlFor="search-page-input">
          {t(searchText.label)}
        </label>
        <input
          id="search-page-input"
          className="input search-form__input"
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          enterKeyHint="search"
          data-testid="search-input"
        />
        <button type="submit" className="button button--primary">
          {t(searchText.submit)}
        </button>
      </form>
    </search>
  );
}
