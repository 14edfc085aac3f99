import { type EventSummary, formatDuration } from '@furikaeri/core';
import { formatDate } from '../i18n/dates';
import { eventBadge, eventHeading } from '../i18n/event-labels';
import { useLocale } from '../i18n/LocaleContext';
import { library } from '../i18n/strings/library';
import { href } from '../router/routes';
import { Badge } from './Badge';
import './EventList.css';

interface EventListProps {
  events: EventSummary[];
  showCompany: boolean;
  empty: string;
  testId?: string;
}

/** Events as rows: a calendar leaf, what it was, and how much was recorded. */
export function EventList({ events, showCompany, empty, testId }: EventListProps) {
  const { t, locale } = useLocale();
  if (events.length === 0) return <p className="empty">{empty}</p>;
  return (
    <ul className="event-list" data-testid={testId}>
      {events.map((event) => {
        const [year, month, day] = event.date.split('-');
        const badge = eventBadge(event);
        return (
          <li key={event.id}>
            <a className="event-row" href={href.event(event.id)} data-testid="event-row">
              <span className="event-row__date" aria-hidden="true">
                <span className="event-row__month">{locale === 'ja' ? `${Number(month)}月` : `${year}/${month}`}</span>
                <span className="event-row__day">{Number(day)}</span>
              </span>
              <span className="event-row__main">
                <span className="event-row__title">
                  {t(eventHeading(event))}
                  {showCompany && event.companyName && <span className="event-row__company">{event.companyName}</span>}
                </span>
                <span className="event-row__meta">
                  {badge && <Badge tone="accent">{t(badge)}</Badge>}
                  <span className="meta-text">
                    {formatDate(event.date, locale)}
                    {event.time ? ` ${event.time}` : ''}
                  </span>
                  <span className="meta-text">
                    {event.recordingCount > 0
                      ? `${t(library.recordingCount(event.recordingCount))} · ${formatDuration(event.totalDurationMs)}`
                      : t(library.noRecordings)}
                  </span>
                </span>
              </span>
              <span className="event-row__chevron" aria-hidden="true">
                ›
              </span>
            </a>
          </li>
        );
      })}
    </ul>
  );
}
