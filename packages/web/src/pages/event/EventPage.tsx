import type { IngestResult } from '@furikaeri/core';
import { useState } from 'react';
import { Badge } from '../../components/Badge';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { LoadState } from '../../components/LoadState';
import { PageTitle } from '../../components/PageTitle';
import { Section } from '../../components/Section';
import { formatDate } from '../../i18n/dates';
import { eventBadge, eventHeading } from '../../i18n/event-labels';
import { useLocale } from '../../i18n/LocaleContext';
import { common } from '../../i18n/strings/common';
import { consentText } from '../../i18n/strings/consent';
import { eventPage } from '../../i18n/strings/event';
import { href } from '../../router/routes';
import { RecordEntry } from '../recorder/RecordEntry';
import { ConsentDeclinedPanel } from './ConsentDeclinedPanel';
import { type EditMode, EventDetailsPanel } from './EventDetailsPanel';
import { ImportArea } from './ImportArea';
import { RecordingList } from './RecordingList';
import { RefusedImports } from './RefusedImports';
import { ReviewLink } from './ReviewLink';
import { useEventDetail } from './useEventDetail';

/** One interview (or visit, roundtable…): its details, its recordings, and importing more. */
export function EventPage({ eventId }: { eventId: string }) {
  const { t, locale } = useLocale();
  const detail = useEventDetail(eventId);
  const [editMode, setEditMode] = useState<EditMode>('view');

  if (!detail.data) return <LoadState error={detail.error} onRetry={detail.reload} />;
  const { event, company, recordings } = detail.data;
  const heading = t(eventHeading(event));
  const companyLabel = company?.name ?? t(eventPage.practice);
  const badge = eventBadge(event);
  const declined = event.consent === 'declined';

  const onUploaded = (result: IngestResult) => {
    detail.applyRecording(result.recording);
    detail.applyJob(result.job);
    void detail.reload();
  };

  return (
    <div className="page" data-testid="event-page">
      <Breadcrumbs
        items={[
          { label: t(common.library), href: href.home() },
          ...(company ? [{ label: company.name, href: href.company(company.id) }] : []),
          { label: heading },
        ]}
      />
      <PageTitle
        title={heading}
        aside={
          <>
            {badge && <Badge tone="accent">{t(badge)}</Badge>}
            <ReviewLink eventId={event.id} />
          </>
        }
        lead={
          <p className="event-lead">
            {company ? <a href={href.company(company.id)}>{companyLabel}</a> : <span>{companyLabel}</span>}
            <span aria-hidden="true">·</span>
            <span>
              {formatDate(event.date, locale)}
              {event.time ? ` ${event.time}` : ''}
            </span>
          </p>
        }
      />
      <div className="page-grid page-grid--event">
        <div className="page-grid__main">
          {declined ? (
            <ConsentDeclinedPanel onChangeConsent={() => setEditMode('consent')} />
          ) : (
            <>
              <RecordEntry eventId={event.id} />
              <ImportArea
                eventId={event.id}
                compact={recordings.length > 0}
                recordings={recordings}
                onUploaded={onUploaded}
                onTranscriptSaved={(result) => {
                  detail.applyJob(result.job);
                  void detail.reload();
                }}
              />
            </>
          )}
          <Section title={t(eventPage.recordings)} count={recordings.length} testId="recordings">
            <RefusedImports refused={detail.refused} onDismiss={detail.dismissRefused} />
            <RecordingList
              recordings={recordings}
              empty={t(declined ? consentText.noRecordings : eventPage.noRecordingsYet)}
              onJob={detail.applyJob}
              onDeleted={detail.removeRecording}
              onChanged={() => void detail.reload()}
            />
          </Section>
        </div>
        <aside className="page-grid__side">
          <EventDetailsPanel
            event={event}
            application={detail.data.application}
            mode={editMode}
            onModeChange={setEditMode}
            onSaved={(updated) => {
              detail.setData((current) => (current ? { ...current, event: updated } : current));
              // The application shown with the details may have changed with the event.
              void detail.reload();
            }}
          />
        </aside>
      </div>
    </div>
  );
}
