import type { Company } from '@furikaeri/core';
import { type FormEvent, useState } from 'react';
import { api } from '../../api/library';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { useAction } from '../../hooks/useAction';
import { useLocale } from '../../i18n/LocaleContext';
import { common } from '../../i18n/strings/common';
import { library } from '../../i18n/strings/library';

interface CompanyFormProps {
  onCreated(company: Company): void;
}

export function CompanyForm({ onCreated }: CompanyFormProps) {
  const { t } = useLocale();
  const [name, setName] = useState('');
  const [notes, setNotes] = useState('');
  const action = useAction();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action.run(async () => {
      const company = await api.createCompany({ name, notes });
      setName('');
      setNotes('');
      onCreated(company);
    });
  };

  return (
    <form className="form" onSubmit={submit} data-testid="company-form" noValidate>
      <Field label={t(library.companyName)}>
        {(id) => (
          <input
            id={id}
            className="input"
            value={name}
            required
            maxLength={200}
            placeholder={t(library.companyNamePlaceholder)}
            onChange={(event) => setName(event.target.value)}
            data-testid="company-name"
          />
        )}
      </Field>
      <Field label={t(common.notes)} optional>
        {(id) => (
          <textarea
            id={id}
            className="input textarea"
            rows={2}
            value={notes}
            placeholder={t(library.companyNotesPlaceholder)}
            onChange={(event) => setNotes(event.target.value)}
            data-testid="company-notes"
          />
        )}
      </Field>
      <ErrorNotice error={action.error} onDismiss={action.clearError} />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={action.busy} data-testid="company-submit">
          {action.busy ? t(common.saving) : t(library.addCompany)}
        </button>
      </div>
    </form>
  );
}
