import type { Application, EventSummary } from '@furikaeri/core';
import { useLocale } from '../../i18n/LocaleContext';
import { applicationLink } from '../../i18n/strings/application-link';
import { LinkedEventList } from './LinkedEventList';

interface UnlinkedEventsProps {
  applications: readonly Application[];
  events: readonly EventSummary[];
  onMoved(): void;
}

/** The company's events that belong to no application yet: the retention rule cannot reach their audio. */
export function UnlinkedEvents({ applications, events, onMoved }: UnlinkedEventsProps) {
  const { t } = useLocale();
  const unlinked = events.filter((event) => event.applicationId === null);
  if (applications.length === 0 || unlinked.length === 0) return null;
  return (
    <div className="unlinked-events" data-testid="unlinked-events">
      <h3 className="unlinked-events__title">{t(applicationLink.unlinkedTitle)}</h3>
      <p className="meta-text">{t(applicationLink.unlinkedHint)}</p>
      <LinkedEventList events={unlinked} applications={applications} onMoved={onMoved} testId="unlinked-event-list" />
    </div>
  );
}
