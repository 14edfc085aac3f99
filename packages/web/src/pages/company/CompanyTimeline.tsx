import type { Application, EventSummary } from '@furikaeri/core';
import { formatDuration } from '@furikaeri/core';
import { Section } from '../../components/Section';
import { formatDate } from '../../i18n/dates';
import { eventHeading, eventKind } from '../../i18n/event-labels';
import { useLocale } from '../../i18n/LocaleContext';
import { applicationLink } from '../../i18n/strings/application-link';
import { timelineText } from '../../i18n/strings/company-timeline';
import { library } from '../../i18n/strings/library';
import { href } from '../../router/routes';
import { timelineOrder } from './timeline-order';
import './company-timeline.css';

/** Every event of the company on one line, OB/OG visit → 座談会 → 1次 → 2次 → 最終, with my notes. */
export function CompanyTimeline({
  events,
  applications,
}: {
  events: readonly EventSummary[];
  applications: readonly Application[];
}) {
  const { t, locale } = useLocale();
  const roles = new Map(
    applications.map((application) => [application.id, application.role || t(library.unnamedRole)]),
  );
  return (
    <Section title={t(timelineText.title)} count={events.length} testId="company-timeline">
      {events.length === 0 ? (
        <p className="empty">{t(library.noEventsOfCompany)}</p>
      ) : (
        <>
          <p className="meta-text">{t(timelineText.lead)}</p>
          <ol className="timeline" data-testid="company-events">
            {timelineOrder(events).map((event) => {
              const heading = t(eventHeading(event));
              return (
                <li
                  key={event.id}
                  className={`timeline__item timeline__item--${event.type}`}
                  data-testid="timeline-item"
                >
                  <span className="timeline__dot" aria-hidden="true" />
                  <div className="timeline__card">
                    <p className="timeline__stage" data-testid="timeline-stage">
                      {/* The kind is the heading unless the event has its own title. */}
                      {event.title && <span className="timeline__kind">{t(eventKind(event))}</span>}
                      <span className="meta-text">
                        {formatDate(event.date, locale)}
                        {event.time ? ` ${event.time}` : ''}
                      </span>
                    </p>
                    <a className="timeline__title" href={href.event(event.id)} data-testid="event-row">
                      {heading}
                    </a>
                    {event.applicationId && roles.has(event.applicationId) && (
                      <p className="meta-text" data-testid="timeline-application">
                        {t(applicationLink.applicationOf(roles.get(event.applicationId) ?? ''))}
                      </p>
                    )}
                    <p className="meta-text">
                      {event.recordingCount > 0
                        ? `${t(library.recordingCount(event.recordingCount))} · ${formatDuration(event.totalDurationMs)}`
                        : t(library.noRecordings)}
                    </p>
                    {event.notes && (
                      <div className="timeline__notes" data-testid="timeline-notes">
                        <span className="timeline__notes-label">{t(timelineText.myNotes)}</span>
                        <p className="prewrap">{event.notes}</p>
                      </div>
                    )}
                    <a
                      className="button button--small timeline__review"
                      href={href.review(event.id)}
                      aria-label={t(timelineText.reviewOf(heading))}
                      data-testid="timeline-review"
                    >
                      {t(timelineText.review)}
                    </a>
                  </div>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </Section>
  );
}
