import { prepApi } from '../../api/prep';
import { ErrorNotice } from '../../components/ErrorNotice';
import { LoadState } from '../../components/LoadState';
import { PageTitle } from '../../components/PageTitle';
import { Section } from '../../components/Section';
import { useAction } from '../../hooks/useAction';
import { useResource } from '../../hooks/useResource';
import { useLocale } from '../../i18n/LocaleContext';
import { prepText } from '../../i18n/strings/prep';
import { prepStates } from '../../i18n/strings/prep-states';
import { href } from '../../router/routes';
import { BankGroupCard } from './BankGroupCard';
import { categoryLabel } from './category-label';
import { GdPrepSection } from './GdPrepSection';
import '../prep/prep.css';

/** Every question across recordings and imported transcripts, grouped, with my answers side by side. */
export function QuestionBankPage() {
  const { t } = useLocale();
  const bank = useResource('question-bank', () => prepApi.bank());
  const action = useAction();
  if (!bank.data) return <LoadState error={bank.error} onRetry={bank.reload} />;
  const markBest = (groupKey: string, eventId: string, questionId: string) =>
    void action.run(async () => bank.setData(await prepApi.markBest(groupKey, eventId, questionId)));

  return (
    <div className="page" data-testid="question-bank-page">
      <PageTitle title={t(prepText.bankTitle)} lead={<p>{t(prepText.bankLead)}</p>} />
      <div className="page-grid">
        <div className="page-grid__main">
          <ErrorNotice error={action.error} onDismiss={action.clearError} />
          {bank.data.groups.length === 0 && (
            <div className="card section stack" data-testid="bank-empty">
              <p className="empty">{t(prepStates.bankEmpty)}</p>
              <div className="form__actions">
                <a className="button button--primary" href={href.home()}>
                  {t(prepStates.bankEmptyLibrary)}
                </a>
                <a className="button" href={href.practice()}>
                  {t(prepStates.bankEmptyPractice)}
                </a>
              </div>
            </div>
          )}
          <ol className="plain-list stack">
            {bank.data.groups.map((group) => (
              <BankGroupCard key={group.key} group={group} onMarkBest={markBest} busy={action.busy} />
            ))}
          </ol>
        </div>
        <aside className="page-grid__side">
          <Section title={t(prepText.byCategory)} count={bank.data.total} card testId="bank-counts">
            {bank.data.byCategory.length === 0 && <p className="empty">{t(prepStates.bankNoCounts)}</p>}
            <ul className="plain-list">
              {bank.data.byCategory.map((row) => (
                <li key={row.category} className="bank-count">
                  <span>{t(categoryLabel(row.category))}</span>
                  <span>{row.count}</span>
                </li>
              ))}
            </ul>
          </Section>
          <GdPrepSection />
        </aside>
      </div>
    </div>
  );
}
