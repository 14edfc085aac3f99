import {
  APPLICATION_STATUS_LABELS,
  APPLICATION_STATUSES,
  type Application,
  type ApplicationStatus,
} from '@furikaeri/core';
import { type FormEvent, useState } from 'react';
import { api } from '../../api/library';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { useAction } from '../../hooks/useAction';
import { useLocale } from '../../i18n/LocaleContext';
import { library } from '../../i18n/strings/library';

interface ApplicationFormProps {
  companyId: string;
  onCreated(application: Application): void;
}

/** One line: role + status + add. */
export function ApplicationForm({ companyId, onCreated }: ApplicationFormProps) {
  const { t } = useLocale();
  const [role, setRole] = useState('');
  const [status, setStatus] = useState<ApplicationStatus>('in_progress');
  const action = useAction();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action.run(async () => {
      onCreated(await api.createApplication({ companyId, role, status }));
      setRole('');
    });
  };

  return (
    <form className="form inline-form" onSubmit={submit} data-testid="application-form">
      <Field label={t(library.role)} className="inline-form__grow">
        {(id) => (
          <input
            id={id}
            className="input"
            value={role}
            maxLength={200}
            placeholder={t(library.rolePlaceholder)}
            onChange={(event) => setRole(event.target.value)}
            data-testid="application-role"
          />
        )}
      </Field>
      <Field label={t(library.status)}>
        {(id) => (
          <select
            id={id}
            className="input"
            value={status}
            onChange={(event) => setStatus(event.target.value as ApplicationStatus)}
            data-testid="application-new-status"
          >
            {APPLICATION_STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(APPLICATION_STATUS_LABELS[value])}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" className="button" disabled={action.busy} data-testid="application-submit">
        {t(library.addApplication)}
      </button>
      {action.error !== null && (
        <div className="inline-form__error">
          <ErrorNotice error={action.error} onDismiss={action.clearError} />
        </div>
      )}
    </form>
  );
}
