import { useEffect, useState } from 'react';
import { isSessionExpired, onSessionExpired } from './api/session';
import { AppHeader } from './components/AppHeader';
import { useLocale } from './i18n/LocaleContext';
import { common } from './i18n/strings/common';
import { CompanyPage } from './pages/company/CompanyPage';
import { EventPage } from './pages/event/EventPage';
import { HomePage } from './pages/home/HomePage';
import type { Route } from './router/routes';
import { useHashRoute } from './router/useHashRoute';
import { NotFoundScreen } from './screens/NotFoundScreen';
import { UnauthorizedScreen } from './screens/UnauthorizedScreen';
import { VaultGate } from './vault/VaultGate';

function Page({ route }: { route: Route }) {
  switch (route.name) {
    case 'home':
      return <HomePage />;
    case 'company':
      return <CompanyPage key={route.id} companyId={route.id} />;
    case 'event':
      return <EventPage key={route.id} eventId={route.id} />;
    default:
      return <NotFoundScreen />;
  }
}

/** The frame: header, then the page the hash names, or the sign-in-again screen once the session is gone. */
export function App() {
  const { t } = useLocale();
  const route = useHashRoute();
  const [expired, setExpired] = useState(isSessionExpired);

  useEffect(() => onSessionExpired(() => setExpired(true)), []);

  return (
    <>
      <button type="button" className="skip-link" onClick={() => document.getElementById('main')?.focus()}>
        {t(common.skipToContent)}
      </button>
      <AppHeader />
      <main id="main" className="main" tabIndex={-1}>
        {expired ? (
          <UnauthorizedScreen />
        ) : (
          <VaultGate>
            <Page route={route} />
          </VaultGate>
        )}
      </main>
    </>
  );
}
