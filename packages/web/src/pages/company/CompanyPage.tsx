import type { Application, Message } from '@furikaeri/core';
import { useEffect, useRef, useState } from 'react';
import { api } from '../../api/library';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { Disclosure } from '../../components/Disclosure';
import { NewEventForm } from '../../components/event-form/NewEventForm';
import { LoadState } from '../../components/LoadState';
import { Notice } from '../../components/Notice';
import { PageTitle } from '../../components/PageTitle';
import { Section } from '../../components/Section';
import { useResource } from '../../hooks/useResource';
import { useLocale } from '../../i18n/LocaleContext';
import { common } from '../../i18n/strings/common';
import { library } from '../../i18n/strings/library';
import { prepText } from '../../i18n/strings/prep';
import { href } from '../../router/routes';
import { ApplicationForm } from './ApplicationForm';
import { ApplicationList } from './ApplicationList';
import { CompanyTimeline } from './CompanyTimeline';
import { DeleteCompany } from './DeleteCompany';
import { QuestionsByRound } from './QuestionsByRound';
import { UnlinkedEvents } from './UnlinkedEvents';

/** One company: where each application stands, and its events from first contact to the last round. */
export function CompanyPage({ companyId }: { companyId: string }) {
  const { t } = useLocale();
  const detail = useResource(`company:${companyId}`, () => api.getCompany(companyId));
  const [notice, setNotice] = useState<Message | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  // The deleted application's row (and its delete button, which had focus) is gone: keyboard users go on from the notice.
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  if (!detail.data) return <LoadState error={detail.error} onRetry={detail.reload} />;
  const { company, applications, events } = detail.data;

  const replaceApplication = (updated: Application) =>
    detail.setData((current) =>
      current
        ? { ...current, applications: current.applications.map((a) => (a.id === updated.id ? updated : a)) }
        : current,
    );
  const addApplication = (created: Application) =>
    detail.setData((current) => (current ? { ...current, applications: [...current.applications, created] } : current));
  // Its events stay, unlinked: the page reloads to list them under "not linked to an application".
  const applicationDeleted = (message: Message) => {
    setNotice(message);
    void detail.reload();
  };

  return (
    <div className="page" data-testid="company-page">
      <Breadcrumbs items={[{ label: t(common.library), href: href.home() }, { label: company.name }]} />
      <PageTitle
        title={company.name}
        lead={company.notes ? <p className="prewrap">{company.notes}</p> : undefined}
        aside={
          <a
            className="button"
            href={href.prep(applications.length === 1 ? (applications[0]?.id ?? company.id) : company.id)}
            data-testid="prep-link"
          >
            {t(prepText.prepLink)}
          </a>
        }
      />
      <div className="page-grid">
        <div className="page-grid__main">
          <CompanyTimeline events={events} applications={applications} />
          <Section title={t(library.applications)} count={applications.length} card testId="applications">
            {notice && (
              <div ref={noticeRef} tabIndex={-1}>
                <Notice tone="success" onDismiss={() => setNotice(null)} testId="application-deleted">
                  <p>{t(notice)}</p>
                </Notice>
              </div>
            )}
            <ApplicationList
              applications={applications}
              events={events}
              onUpdated={replaceApplication}
              onDeleted={applicationDeleted}
              onEventMoved={() => void detail.reload()}
            />
            <UnlinkedEvents applications={applications} events={events} onMoved={() => void detail.reload()} />
            <ApplicationForm companyId={company.id} onCreated={addApplication} />
          </Section>
          <DeleteCompany company={company} />
        </div>
        <aside className="page-grid__side">
          {events.length > 0 && <QuestionsByRound events={events} />}
          <Disclosure title={t(library.addEventHere)} defaultOpen={events.length === 0} testId="add-event">
            <NewEventForm companies={[company]} fixedCompanyId={company.id} applications={applications} />
          </Disclosure>
        </aside>
      </div>
    </div>
  );
}
