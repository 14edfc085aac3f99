import { useLocale } from '../i18n/LocaleContext';
import { common } from '../i18n/strings/common';
import { HeaderSearch } from '../pages/search/HeaderSearch';
import { href, type Route } from '../router/routes';
import { AppNav } from './AppNav';
import { LocaleSwitch } from './LocaleSwitch';
import { LockButton } from './LockButton';

/** Brand, tagline, search, the guide and settings links, lock and language. */
export function AppHeader({ route }: { route: Route }) {
  const { t } = useLocale();
  return (
    <header className="app-header">
      <div className="app-header__inner">
        <a className="brand" href={href.home()} data-testid="brand">
          <span className="brand__mark" aria-hidden="true">
            振
          </span>
          <span className="brand__text">
            <span className="brand__name" lang="ja">
              振り返り
            </span>
            <span className="brand__latin">furikaeri</span>
          </span>
        </a>
        <p className="app-header__tagline">{t(common.tagline)}</p>
        <div className="app-header__actions">
          <HeaderSearch route={route} />
          <AppNav current={route.name} />
          <LockButton />
          <LocaleSwitch />
        </div>
      </div>
    </header>
  );
}
