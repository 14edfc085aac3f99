import type { Company } from '@furikaeri/core';
import { useEffect, useState } from 'react';
import { api } from '../../api/library';
import { Disclosure } from '../../components/Disclosure';
import { EventList } from '../../components/EventList';
import { NewEventForm } from '../../components/event-form/NewEventForm';
import { LoadState } from '../../components/LoadState';
import { Notice } from '../../components/Notice';
import { PageTitle } from '../../components/PageTitle';
import { Section } from '../../components/Section';
import { useResource } from '../../hooks/useResource';
import { useLocale } from '../../i18n/LocaleContext';
import { library } from '../../i18n/strings/library';
import { clearPageNotice, peekPageNotice } from '../../router/page-notice';
import { CompanyForm } from './CompanyForm';
import { CompanyList } from './CompanyList';

const RECENT_EVENTS = 8;

async function loadHome() {
  const [companies, events] = await Promise.all([api.listCompanies(), api.listEvents()]);
  return { companies, events };
}

/** The library: companies, the latest events, and the two forms that fill them. */
export function HomePage() {
  const { t } = useLocale();
  const home = useResource('home', loadHome);
  const [added, setAdded] = useState<Company | null>(null);
  // "「株式会社〇〇」を削除しました" after deleting a company on its page, shown once.
  const [arrived, setArrived] = useState(peekPageNotice);
  useEffect(clearPageNotice, []);

  const onCompanyCreated = (company: Company) => {
    setAdded(company);
    void home.reload();
  };

  return (
    <div className="page" data-testid="home-page">
      <PageTitle title={t(library.homeTitle)} lead={t(library.homeLead)} />
      {arrived && (
        <Notice tone="success" onDismiss={() => setArrived(null)} testId="page-notice">
          <p>{t(arrived)}</p>
        </Notice>
      )}
      {!home.data ? (
        <LoadState error={home.error} onRetry={home.reload} />
      ) : (
        <div className="page-grid">
          <div className="page-grid__main">
            <Section title={t(library.companies)} count={home.data.companies.length}>
              <CompanyList companies={home.data.companies} />
            </Section>
            <Section title={t(library.recentEvents)}>
              <EventList
                events={home.data.events.slice(0, RECENT_EVENTS)}
                showCompany
                empty={t(library.noEvents)}
                testId="recent-events"
              />
            </Section>
          </div>
          <aside className="page-grid__side">
            <Disclosure
              title={t(library.addCompany)}
              defaultOpen={home.data.companies.length === 0}
              testId="add-company"
            >
              {added && (
                <Notice tone="success" onDismiss={() => setAdded(null)} testId="company-added">
                  <p>{t(library.companyAdded(added.name))}</p>
                </Notice>
              )}
              <CompanyForm onCreated={onCompanyCreated} />
            </Disclosure>
            <Disclosure
              key={`${added?.id ?? 'none'}:${home.data.companies.length}`}
              title={t(library.addEvent)}
              defaultOpen={home.data.companies.length > 0 && home.data.events.length === 0}
              testId="add-event"
            >
              <NewEventForm companies={home.data.companies} defaultCompanyId={added?.id} />
            </Disclosure>
          </aside>
        </div>
      )}
    </div>
  );
}
