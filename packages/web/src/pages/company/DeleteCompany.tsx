import type { Company } from '@furikaeri/core';
import { useState } from 'react';
import { api } from '../../api/library';
import { DeleteDialog } from '../../components/DeleteDialog';
import { useLocale } from '../../i18n/LocaleContext';
import { deletionText as T } from '../../i18n/strings/deletion';
import { noticeOnNextPage } from '../../router/page-notice';
import { href, navigate } from '../../router/routes';

/** The company page's delete button and its confirmation; afterwards the library says what was deleted. */
export function DeleteCompany({ company }: { company: Company }) {
  const { t } = useLocale();
  const [open, setOpen] = useState(false);

  return (
    <div className="danger-zone">
      <button
        type="button"
        className="button button--danger-quiet"
        onClick={() => setOpen(true)}
        data-testid="delete-company"
      >
        {t(T.deleteCompany)}
      </button>
      {open && (
        <DeleteDialog
          resourceKey={company.id}
          title={t(T.companyTitle(company.name))}
          loadImpact={() => api.companyDeletion(company.id)}
          confirmLabel={t(T.confirmCompany(company.name))}
          onConfirm={async () => {
            await api.deleteCompany(company.id);
            noticeOnNextPage(T.companyDeleted(company.name));
            navigate(href.home());
          }}
          onClose={() => setOpen(false)}
          testId="delete-company-dialog"
        />
      )}
    </div>
  );
}
