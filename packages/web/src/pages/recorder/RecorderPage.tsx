import { api } from '../../api/library';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { LoadState } from '../../components/LoadState';
import { PageTitle } from '../../components/PageTitle';
import { useResource } from '../../hooks/useResource';
import { eventHeading } from '../../i18n/event-labels';
import { useLocale } from '../../i18n/LocaleContext';
import { common } from '../../i18n/strings/common';
import { recorderText } from '../../i18n/strings/recorder';
import { href } from '../../router/routes';
import { Recorder } from './Recorder';
import { RecorderDeclined } from './RecorderDeclined';
import { useOutbox } from './session/useRecorder';
import './recorder.css';

/** #/events/:id/record — recording an event with this computer's microphone. */
export function RecorderPage({ eventId }: { eventId: string }) {
  const { t } = useLocale();
  const detail = useResource(`record:${eventId}`, () => api.getEvent(eventId));
  const { outbox, error } = useOutbox();
  if (!detail.data || !outbox) return <LoadState error={detail.error ?? error} onRetry={detail.reload} />;
  const { event, company } = detail.data;
  const heading = t(eventHeading(event));
  return (
    <div className="page" data-testid="recorder-page">
      <Breadcrumbs
        items={[
          { label: t(common.library), href: href.home() },
          ...(company ? [{ label: company.name, href: href.company(company.id) }] : []),
          { label: heading, href: href.event(event.id) },
          { label: t(recorderText.title) },
        ]}
      />
      <PageTitle title={`${t(recorderText.title)} — ${heading}`} lead={company ? <p>{company.name}</p> : undefined} />
      {event.consent === 'declined' ? (
        <RecorderDeclined eventId={event.id} />
      ) : (
        <Recorder event={event} outbox={outbox} />
      )}
    </div>
  );
}
