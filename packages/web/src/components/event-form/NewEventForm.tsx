import type { Application, CompanySummary } from '@furikaeri/core';
import { type FormEvent, useState } from 'react';
import { api, type EventFormValue } from '../../api/library';
import { useAction } from '../../hooks/useAction';
import { todayLocal } from '../../i18n/dates';
import { useLocale } from '../../i18n/LocaleContext';
import { common } from '../../i18n/strings/common';
import { library } from '../../i18n/strings/library';
import { href, navigate } from '../../router/routes';
import { ErrorNotice } from '../ErrorNotice';
import { Field } from '../Field';
import { ApplicationField } from './ApplicationField';
import { EventFields } from './EventFields';

interface NewEventFormProps {
  /** The companies to choose from; with `fixedCompanyId` the choice is made already (company page). */
  companies: Pick<CompanySummary, 'id' | 'name'>[];
  fixedCompanyId?: string;
  /** Preselected in the company list (e.g. the company just added). */
  defaultCompanyId?: string;
  /** The fixed company's applications, when the page has them. */
  applications?: readonly Application[];
}

function blankEvent(companyId: string | null): EventFormValue {
  return {
    companyId,
    applicationId: null,
    type: 'interview',
    round: 'first',
    title: '',
    date: todayLocal(),
    time: null,
    participants: [],
    notes: '',
    consent: 'not_asked',
  };
}

/** Adds an interview, OB/OG visit, roundtable…, then opens it so a recording can be imported right away. */
export function NewEventForm({ companies, fixedCompanyId, defaultCompanyId, applications }: NewEventFormProps) {
  const { t } = useLocale();
  const [value, setValue] = useState(() => blankEvent(fixedCompanyId ?? defaultCompanyId ?? companies[0]?.id ?? null));
  const action = useAction();
  const companyId = fixedCompanyId ?? value.companyId;
  const missingCompany = companyId === null && value.type !== 'practice';

  // Another company, another set of applications: the link is chosen again (and the same company keeps it).
  const chooseCompany = (next: string | null) => {
    if (next !== value.companyId) setValue({ ...value, companyId: next, applicationId: null });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action.run(async () => {
      const created = await api.createEvent({ ...value, companyId });
      navigate(href.event(created.id));
    });
  };

  return (
    <form className="form" onSubmit={submit} data-testid="event-form" noValidate>
      {fixedCompanyId === undefined && (
        <Field label={t(library.company)}>
          {(id) => (
            <select
              id={id}
              className="input"
              value={value.companyId ?? ''}
              onChange={(event) => chooseCompany(event.target.value || null)}
              data-testid="event-company"
            >
              <option value="">{t(library.noCompanyPractice)}</option>
              {companies.map((company) => (
                <option key={company.id} value={company.id}>
                  {company.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <ApplicationField
        key={companyId ?? ''}
        companyId={companyId}
        value={value.applicationId}
        onChange={(applicationId) => setValue((current) => ({ ...current, applicationId }))}
        applications={applications}
        preselectSingle
      />
      <EventFields value={value} onChange={setValue} />
      {missingCompany && <p className="field__hint">{t(library.needCompanyFirst)}</p>}
      <ErrorNotice error={action.error} onDismiss={action.clearError} />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={action.busy} data-testid="event-submit">
          {action.busy ? t(common.saving) : t(library.createEvent)}
        </button>
      </div>
    </form>
  );
}
