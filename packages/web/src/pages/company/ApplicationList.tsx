import type { Application, EventSummary, Message } from '@furikaeri/core';
import { useLocale } from '../../i18n/LocaleContext';
import { library } from '../../i18n/strings/library';
import { ApplicationRow } from './ApplicationRow';
import { LinkedEventList } from './LinkedEventList';

interface ApplicationListProps {
  applications: Application[];
  /** The company's events: each is listed under the application it is linked to. */
  events: readonly EventSummary[];
  onUpdated(application: Application): void;
  /** After an application was deleted, with the message saying so. */
  onDeleted(notice: Message): void;
  onEventMoved(): void;
}

export function ApplicationList({ applications, events, onUpdated, onDeleted, onEventMoved }: ApplicationListProps) {
  const { t } = useLocale();
  if (applications.length === 0) return <p className="empty">{t(library.noApplications)}</p>;
  return (
    <ul className="application-list" data-testid="application-list">
      {applications.map((application) => {
        const linked = events.filter((event) => event.applicationId === application.id);
        return (
          <ApplicationRow key={application.id} application={application} onUpdated={onUpdated} onDeleted={onDeleted}>
            {linked.length > 0 && (
              <LinkedEventList
                events={linked}
                applications={applications}
                onMoved={onEventMoved}
                testId="application-events"
              />
            )}
          </ApplicationRow>
        );
      })}
    </ul>
  );
}
