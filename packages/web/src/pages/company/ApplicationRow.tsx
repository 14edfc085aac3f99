import {
  APPLICATION_STATUS_LABELS,
  APPLICATION_STATUSES,
  type Application,
  type ApplicationStatus,
  type Message,
} from '@furikaeri/core';
import { type ReactNode, useId, useState } from 'react';
import { api } from '../../api/library';
import { Badge } from '../../components/Badge';
import { DeleteDialog } from '../../components/DeleteDialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useAction } from '../../hooks/useAction';
import { formatTimestamp } from '../../i18n/dates';
import { useLocale } from '../../i18n/LocaleContext';
import { deletionText } from '../../i18n/strings/deletion';
import { library } from '../../i18n/strings/library';
import { APPLICATION_STATUS_TONE } from './status-tone';

interface ApplicationRowProps {
  application: Application;
  onUpdated(application: Application): void;
  onDeleted(notice: Message): void;
  /** The events linked to the application. */
  children?: ReactNode;
}

/** An application's role and status; the status changes in place; deleting it asks first, saying what goes. */
export function ApplicationRow({ application, onUpdated, onDeleted, children }: ApplicationRowProps) {
  const { t, locale } = useLocale();
  const action = useAction();
  const selectId = useId();
  const [deleting, setDeleting] = useState(false);
  const role = application.role || t(library.unnamedRole);

  const changeStatus = (status: ApplicationStatus) =>
    void action.run(async () => onUpdated(await api.updateApplication(application.id, { status })));

  return (
    <li className="application-row" data-testid="application-row">
      <div className="application-row__main">
        <span className="application-row__role">{role}</span>
        <Badge tone={APPLICATION_STATUS_TONE[application.status]} testId="application-status">
          {t(APPLICATION_STATUS_LABELS[application.status])}
        </Badge>
        <span className="meta-text">{t(library.updated(formatTimestamp(application.updatedAt, locale)))}</span>
      </div>
      <div className="application-row__controls">
        <label className="visually-hidden" htmlFor={selectId}>
          {t(library.statusOf(role))}
        </label>
        <select
          id={selectId}
          className="input input--compact"
          value={application.status}
          disabled={action.busy}
          onChange={(event) => changeStatus(event.target.value as ApplicationStatus)}
          data-testid="application-status-select"
        >
          {APPLICATION_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(APPLICATION_STATUS_LABELS[status])}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button button--small button--danger-quiet"
          onClick={() => setDeleting(true)}
          aria-label={t(deletionText.deleteApplicationOf(role))}
          data-testid="delete-application"
        >
          {t(deletionText.deleteApplication)}
        </button>
      </div>
      {deleting && (
        <DeleteDialog
          resourceKey={application.id}
          title={t(deletionText.applicationTitle(role))}
          loadImpact={() => api.applicationDeletion(application.id)}
          kept={(impact) => (impact.eventsKept > 0 ? deletionText.eventsKept(impact.eventsKept) : null)}
          confirmLabel={t(deletionText.confirmApplication)}
          onConfirm={async () => {
            await api.deleteApplication(application.id);
            setDeleting(false);
            onDeleted(deletionText.applicationDeleted(role));
          }}
          onClose={() => setDeleting(false)}
          testId="delete-application-dialog"
        />
      )}
      {action.error !== null && (
        <div className="application-row__error">
          <ErrorNotice error={action.error} onDismiss={action.clearError} />
        </div>
      )}
      {children && <div className="application-row__events">{children}</div>}
    </li>
  );
}
