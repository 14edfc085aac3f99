import { APPLICATION_STATUS_LABELS, type Application, CONSENT_LABELS, type JobEvent } from '@furikaeri/core';
import { Badge } from '../../components/Badge';
import { ConsentPhrase } from '../../components/ConsentPhrase';
import { formatDate } from '../../i18n/dates';
import { useLocale } from '../../i18n/LocaleContext';
import { applicationLink } from '../../i18n/strings/application-link';
import { common } from '../../i18n/strings/common';
import { eventPage } from '../../i18n/strings/event';
import { eventForm, library } from '../../i18n/strings/library';
import { APPLICATION_STATUS_TONE } from '../company/status-tone';

const CONSENT_TONE = { granted: 'success', not_asked: 'neutral', declined: 'danger' } as const;

/** The event's facts as a definition list. */
export function EventDetailsView({ event, application }: { event: JobEvent; application: Application | null }) {
  const { t, locale } = useLocale();
  return (
    <dl className="details" data-testid="event-details">
      {event.companyId && (
        <div>
          <dt>{t(applicationLink.application)}</dt>
          <dd data-testid="event-application-view">
            {application ? (
              <>
                {application.role || t(library.unnamedRole)}{' '}
                <Badge tone={APPLICATION_STATUS_TONE[application.status]}>
                  {t(APPLICATION_STATUS_LABELS[application.status])}
                </Badge>
              </>
            ) : (
              <span className="meta-text">{t(applicationLink.notLinked)}</span>
            )}
          </dd>
        </div>
      )}
      <div>
        <dt>{t(eventPage.dateTime)}</dt>
        <dd data-testid="event-when">
          {formatDate(event.date, locale)}
          {event.time ? ` ${event.time}` : ''}
        </dd>
      </div>
      <div>
        <dt>{t(eventForm.consent)}</dt>
        <dd>
          <Badge tone={CONSENT_TONE[event.consent]} testId="event-consent">
            {t(CONSENT_LABELS[event.consent])}
          </Badge>
          {event.consent === 'not_asked' && <ConsentPhrase />}
        </dd>
      </div>
      <div>
        <dt>{t(eventForm.participants)}</dt>
        <dd>
          {event.participants.length === 0 ? (
            <span className="meta-text">{t(eventPage.noParticipants)}</span>
          ) : (
            <ul className="participant-chips" data-testid="event-participants">
              {event.participants.map((participant, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: participants have no id; the list is display-only.
                <li key={index}>
                  {participant.name && <span className="participant-chips__name">{participant.name}</span>}
                  {participant.role && <span className="participant-chips__role">{participant.role}</span>}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </div>
      <div>
        <dt>{t(common.notes)}</dt>
        <dd className="prewrap" data-testid="event-notes-view">
          {event.notes || <span className="meta-text">{t(eventPage.noNotes)}</span>}
        </dd>
      </div>
    </dl>
  );
}
