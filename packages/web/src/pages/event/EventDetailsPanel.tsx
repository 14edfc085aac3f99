import type { Application, JobEvent } from '@furikaeri/core';
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

/** Not editing, editing, or editing opened by "change the permission" (the consent options get focus). */
export type EditMode = 'view' | 'edit' | 'consent';

interface EventDetailsPanelProps {
  event: JobEvent;
  application: Application | null;
  mode: EditMode;
  onModeChange(mode: EditMode): void;
  onSaved(event: JobEvent): void;
}

/** Details, editable in place; deleting the event (and its recordings) asks first. */
export function EventDetailsPanel({ event, application, mode, onModeChange, onSaved }: EventDetailsPanelProps) {
  const { t } = useLocale();
  const [saved, setSaved] = useState(false);
  const remove = useAction();

  const editButton = mode === 'view' && (
    <button
      type="button"
      className="button button--small"
      onClick={() => {
        setSaved(false);
        onModeChange('edit');
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
      {mode !== 'view' ? (
        <EventEditForm
          key={mode}
          event={event}
          focusConsent={mode === 'consent'}
          onCancel={() => onModeChange('view')}
          onSaved={(updated) => {
            onSaved(updated);
            onModeChange('view');
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
          <EventDetailsView event={event} application={application} />
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
