import type { Application, CompanySummary } from '@furikaeri/core';
import { useLocale } from '../../i18n/LocaleContext';
import { library } from '../../i18n/strings/library';
import { practiceSetText as T } from '../../i18n/strings/practice-set';

interface TargetSelectProps {
  id: string;
  value: string;
  companies: readonly CompanySummary[];
  applications: readonly Application[];
  onChange(target: string): void;
}

/**
 * Whose predicted questions: a company as a whole or one of its applications (two positions are prepared
 * apart), each named — never by its id, which means nothing to the user.
 */
export function TargetSelect({ id, value, companies, applications, onChange }: TargetSelectProps) {
  const { t } = useLocale();
  return (
    <select id={id} className="input" value={value} onChange={(e) => onChange(e.target.value)} data-testid="set-target">
      <option value="">{t(T.chooseTarget)}</option>
      {companies.map((company) => {
        const own = applications.filter((application) => application.companyId === company.id);
        return (
          <optgroup key={company.id} label={company.name}>
            <option value={company.id}>{t(T.wholeCompany(company.name))}</option>
            {own.map((application) => (
              <option key={application.id} value={application.id}>
                {t(T.application(company.name, application.role || t(library.unnamedRole)))}
              </option>
            ))}
          </optgroup>
        );
      })}
    </select>
  );
}
