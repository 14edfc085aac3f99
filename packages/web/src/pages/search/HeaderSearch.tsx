import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useLocale } from '../../i18n/LocaleContext';
import { searchText } from '../../i18n/strings/search';
import { href, navigate, type Route } from '../../router/routes';
import { useVault } from '../../vault/VaultContext';
import './search.css';

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || target.closest('input, textarea, select') !== null)
  );
}

/** The search box in the header: Enter searches, `/` from anywhere (but a text field) puts the caret here. */
export function HeaderSearch({ route }: { route: Route }) {
  const { t } = useLocale();
  const vault = useVault();
  const input = useRef<HTMLInputElement>(null);
  const current = route.name === 'search' ? route.q : '';
  const [query, setQuery] = useState(current);
  useEffect(() => setQuery(current), [current]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  // Nothing to search while the library is locked or not set up yet.
  if (vault.status?.state !== 'unlocked') return null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = query.trim();
    if (trimmed === '') return;
    navigate(href.search(trimmed));
  };

  return (
    <search>
      <form className="header-search" onSubmit={submit} data-testid="header-search">
        <label className="visually-hidden" htmlFor="header-search-input">
          {t(searchText.label)}
        </label>
        <input
          ref={input}
          id="header-search-input"
          className="input header-search__input"
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          placeholder={t(searchText.placeholder)}
          aria-keyshortcuts="/"
          enterKeyHint="search"
          data-testid="header-search-input"
        />
        <button type="submit" className="button button--small header-search__submit">
          {t(searchText.submit)}
        </button>
      </form>
    </search>
  );
}
