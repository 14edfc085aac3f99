import type { Application } from '@furikaeri/core';
import { useLocale } from '../../i18n/LocaleContext';
import { library } from '../../i18n/strings/library';
import { ApplicationRow } from './ApplicationRow';

interface ApplicationListProps {
  applications: Application[];
  onUpdated(application: Application): void;
}

export function ApplicationList({ applications, onUpdated }: ApplicationListProps) {
  const { t } = useLocale();
  if (applications.length === 0) return <p className="empty">{t(library.noApplications)}</p>;
  return (
    <ul className="application-list" data-testid="application-list">
      {applications.map((application) => (
        <ApplicationRow key={application.id} application={application} onUpdated={onUpdated} />
      ))}
    </ul>
  );
}
