import type { JobEvent } from '@furikaeri/core';
import { type FormEvent, useState } from 'react';
import { api, type EventFormValue } from '../../api/library';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ApplicationField } from '../../components/event-form/ApplicationField';
import { EventFields } from '../../components/event-form/EventFields';
import { useAction } from '../../hooks/useAction';
import { useLocale } from '../../i18n/LocaleContext';
import { common } from '../../i18n/strings/common';

interface EventEditFormProps {
  event: JobEvent;
  onSaved(event: JobEvent): void;
  onCancel(): void;
  focusConsent?: boolean;
}

function formValue(event: JobEvent): EventFormValue {
  const { companyId, applicationId, type, round, title, date, time, participants, notes, consent } = event;
  return { companyId, applicationId, type, round, title, date, time, participants, notes, consent };
}

export function EventEditForm({ event, onSaved, onCancel, focusConsent }: EventEditFormProps) {
  const { t } = useLocale();
  const [value, setValue] = useState(() => formValue(event));
  const action = useAction();

  const submit = (formEvent: FormEvent) => {
    formEvent.preventDefault();
    void action.run(async () => onSaved(await api.updateEvent(event.id, value)));
  };

  return (
    <form className="form" onSubmit={submit} data-testid="event-edit-form" noValidate>
      <ApplicationField
        companyId={event.companyId}
        value={value.applicationId}
        onChange={(applicationId) => setValue((current) => ({ ...current, applicationId }))}
      />
      <EventFields value={value} onChange={setValue} focusConsent={focusConsent} />
      <ErrorNotice error={action.error} onDismiss={action.clearError} />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={action.busy} data-testid="event-save">
          {action.busy ? t(common.saving) : t(common.save)}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={action.busy}>
          {t(common.cancel)}
        </button>
      </div>
    </form>
  );
}
