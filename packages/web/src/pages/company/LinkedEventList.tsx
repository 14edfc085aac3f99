import type { Application, EventSummary } from '@furikaeri/core';
import { useId } from 'react';
import { api } from '../../api/library';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useAction } from '../../hooks/useAction';
import { formatDate } from '../../i18n/dates';
import { eventHeading } from '../../i18n/event-labels';
import { useLocale } from '../../i18n/LocaleContext';
import { applicationLink } from '../../i18n/strings/application-link';
import { library } from '../../i18n/strings/library';
import { href } from '../../router/routes';
import { timelineOrder } from './timeline-order';
import './linked-events.css';

interface LinkedEventListProps {
  events: readonly EventSummary[];
  applications: readonly Application[];
  onMoved(): void;
  testId: string;
}

/** Events under their application on the company page, each movable to another application of the company. */
export function LinkedEventList({ events, applications, onMoved, testId }: LinkedEventListProps) {
  if (events.length === 0) return null;
  return (
    <ul className="linked-events" data-testid={testId}>
      {timelineOrder(events).map((event) => (
        <LinkedEvent key={event.id} event={event} applications={applications} onMoved={onMoved} />
      ))}
    </ul>
  );
}

function LinkedEvent({
  event,
  applications,
  onMoved,
}: Omit<LinkedEventListProps, 'events' | 'testId'> & { event: EventSummary }) {
  const { t, locale } = useLocale();
  const action = useAction();
  const selectId = useId();
  const heading = t(eventHeading(event));
  const move = (applicationId: string | null) =>
    void action.run(async () => {
      await api.updateEvent(event.id, { applicationId });
      onMoved();
    });

  return (
    <li className="linked-events__item" data-testid="linked-event">
      <a href={href.event(event.id)} data-testid="linked-event-link">
        {heading}
      </a>
      <span className="meta-text">{formatDate(event.date, locale)}</span>
      <label className="visually-hidden" htmlFor={selectId}>
        {t(applicationLink.applicationOfEvent(heading))}
      </label>
      <select
        id={selectId}
        className="input input--compact linked-events__move"
        value={event.applicationId ?? ''}
        disabled={action.busy}
        onChange={(change) => move(change.target.value || null)}
        data-testid="linked-event-application"
      >
        <option value="">{t(applicationLink.none)}</option>
        {applications.map((application) => (
          <option key={application.id} value={application.id}>
            {application.role || t(library.unnamedRole)}
          </option>
        ))}
      </select>
      {action.error !== null && <ErrorNotice error={action.error} onDismiss={action.clearError} />}
    </li>
  );
}
