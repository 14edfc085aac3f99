import type { JobEvent } from '@furikaeri/core';
import { useState } from 'react';
import { api } from '../../api/library';
import { ConfirmButton } from '../../components/ConfirmButton';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Notice } from '../../components/Notice';
import { Section } from '../../components/Section';
import { useAction } from '../../hooks/useAction';
import { useLocale } from '../../i18n/LocaleContext';
import { eventPage } from '../../i18n/strings/event';
import { href, navigate } from '../../router/routes';
import { EventDetailsView } from './EventDetailsView';
import { EventEditForm } from './EventEditForm';

interface EventDetailsPanelProps {
  event: JobEvent;
  onSaved(event: JobEvent): void;
}

/** Details, editable in place; deleting the event (and its recordings) asks first. */
export function EventDetailsPanel({ event, onSaved }: EventDetailsPanelProps) {
  const { t } = useLocale();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const remove = useAction();

  const editButton = !editing && (
    <button
      type="button"
      className="button button--small"
      onClick={() => {
        setSaved(false);
        setEditing(true);
      }}
      data-testid="edit-event"
    >
      {t(eventPage.editDetails)}
    </button>
  );

  const deleteEvent = async () => {
    await remove.run(async () => {
      await api.deleteEvent(event.id);
      navigate(event.companyId ? href.company(event.companyId) : href.home());
    });
  };

  return (
    <Section title={t(eventPage.details)} card actions={editButton} testId="event-details-panel">
      {editing ? (
        <EventEditForm
          event={event}
          onCancel={() => setEditing(false)}
          onSaved={(updated) => {
            onSaved(updated);
            setEditing(false);
            setSaved(true);
          }}
        />
      ) : (
        <>
          {saved && (
            <Notice tone="success" onDismiss={() => setSaved(false)} testId="event-saved">
              <p>{t(eventPage.saved)}</p>
            </Notice>
          )}
          <EventDetailsView event={event} />
          <div className="danger-zone">
            <ConfirmButton
              label={t(eventPage.deleteEvent)}
              question={t(eventPage.deleteEventQuestion)}
              onConfirm={deleteEvent}
              testId="delete-event"
            />
            <ErrorNotice error={remove.error} onDismiss={remove.clearError} />
          </div>
        </>
      )}
    </Section>
  );
}
