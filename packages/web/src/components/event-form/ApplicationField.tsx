import { APPLICATION_STATUS_LABELS, type Application } from '@furikaeri/core';
import { useEffect, useRef } from 'react';
import { api } from '../../api/library';
import { useResource } from '../../hooks/useResource';
import { useLocale } from '../../i18n/LocaleContext';
import { applicationLink } from '../../i18n/strings/application-link';
import { library } from '../../i18n/strings/library';
import { Field } from '../Field';

interface ApplicationFieldProps {
  companyId: string | null;
  value: string | null;
  onChange(applicationId: string | null): void;
  /** A new event: when the company has exactly one application, it is chosen to begin with. */
  preselectSingle?: boolean;
  /** The company's applications when the page has them (company page); otherwise they are loaded. */
  applications?: readonly Application[];
}

/**
 * Which of the company's applications the event belongs to. The link is what lets the retention rule
 * ("delete audio N days after 内定承諾/不採用/辞退") apply to the event's recordings.
 */
export function ApplicationField({ companyId, value, onChange, preselectSingle, applications }: ApplicationFieldProps) {
  const { t } = useLocale();
  const loaded = useResource<readonly Application[]>(
    applications ? 'company-applications:given' : `company-applications:${companyId ?? ''}`,
    async () => (companyId && !applications ? (await api.getCompany(companyId)).applications : []),
  );
  const list = applications ?? loaded.data;
  // Decided once, on the first list shown: an application added later (on the company page, with the form
  // open) or choosing "not linked" afterwards leaves the choice to the user.
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const valueRef = useRef(value);
  valueRef.current = value;
  const settled = useRef(false);
  useEffect(() => {
    if (list === null || settled.current) return;
    settled.current = true;
    const only = list.length === 1 ? list[0] : undefined;
    if (preselectSingle && only && valueRef.current === null) onChangeRef.current(only.id);
  }, [list, preselectSingle]);

  if (companyId === null || list === null) return null;
  if (list.length === 0) {
    return (
      <p className="field__hint" data-testid="event-application-none">
        {t(applicationLink.noneYet)}
      </p>
    );
  }
  return (
    <Field label={t(applicationLink.application)} optional>
      {(id) => (
        <>
          <select
            id={id}
            className="input"
            value={value ?? ''}
            onChange={(event) => onChange(event.target.value || null)}
            data-testid="event-application"
          >
            <option value="">{t(applicationLink.none)}</option>
            {list.map((application) => (
              <option key={application.id} value={application.id}>
                {application.role || t(library.unnamedRole)} · {t(APPLICATION_STATUS_LABELS[application.status])}
              </option>
            ))}
          </select>
          <p className="field__hint">{t(applicationLink.retentionHint)}</p>
        </>
      )}
    </Field>
  );
}
