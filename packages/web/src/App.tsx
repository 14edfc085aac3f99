import { useEffect, useState } from 'react';
import { isSessionExpired, onSessionExpired } from './api/session';
import { AppHeader } from './components/AppHeader';
import { useLocale } from './i18n/LocaleContext';
import { common } from './i18n/strings/common';
import { CompanyPage } from './pages/company/CompanyPage';
import { EventPage } from './pages/event/EventPage';
import { GuidePage } from './pages/guide/GuidePage';
import { HomePage } from './pages/home/HomePage';
import { PracticePage } from './pages/practice/PracticePage';
import { PrepPage } from './pages/prep/PrepPage';
import { QuestionBankPage } from './pages/questions/QuestionBankPage';
import { PendingRecordings } from './pages/recorder/PendingRecordings';
import { RecorderPage } from './pages/recorder/RecorderPage';
import { ReviewPage } from './pages/review/ReviewPage';
import { SearchPage } from './pages/search/SearchPage';
import { SettingsPage } from './pages/settings/SettingsPage';
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
    case 'review':
      return <ReviewPage key={route.id} eventId={route.id} startAt={route.t} />;
    case 'search':
      return <SearchPage key={route.q} query={route.q} />;
    case 'record':
      return <RecorderPage key={route.eventId} eventId={route.eventId} />;
    case 'settings':
      return <SettingsPage />;
    case 'prep':
      return <PrepPage target={route.target} round={route.round} />;
    case 'questions':
      return <QuestionBankPage />;
    case 'practice':
      return (
        <PracticePage key={`${route.target ?? ''}:${route.round ?? ''}`} target={route.target} round={route.round} />
      );
    default:
      return <NotFoundScreen />;
  }
}

function Content({ route, expired }: { route: Route; expired: boolean }) {
  if (expired) return <UnauthorizedScreen />;
  // The guide holds nothing private: it can be read before set-up and while the library is locked.
  if (route.name === 'guide') return <GuidePage />;
  return (
    <VaultGate>
      {/* What a closed or crashed recorder tab left in this browser is sent as soon as the library is open. */}
      <PendingRecordings />
      <Page route={route} />
    </VaultGate>
  );
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
      <AppHeader route={route} />
      <main id="main" className="main" tabIndex={-1}>
        <Content route={route} expired={expired} />
      </main>
    </>
  );
}
