import type { CompanySummary } from '@furikaeri/core';
import { formatDate } from '../../i18n/dates';
import { useLocale } from '../../i18n/LocaleContext';
import { library } from '../../i18n/strings/library';
import { href } from '../../router/routes';

/** Company cards with their counts and the date of the latest event. */
export function CompanyList({ companies }: { companies: CompanySummary[] }) {
  const { t, locale } = useLocale();
  if (companies.length === 0) return <p className="empty">{t(library.noCompanies)}</p>;
  return (
    <ul className="company-list" data-testid="company-list">
      {companies.map((company) => (
        <li key={company.id} className="company-card" data-testid="company-card">
          <a className="company-card__name" href={href.company(company.id)}>
            {company.name}
          </a>
          {company.notes && <p className="company-card__notes">{company.notes}</p>}
          <div className="company-card__meta">
            <span className="chip">{t(library.applicationCount(company.applicationCount))}</span>
            <span className="chip">{t(library.eventCount(company.eventCount))}</span>
            {company.lastEventDate && (
              <span className="meta-text">{t(library.lastEvent(formatDate(company.lastEventDate, locale)))}</span>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
