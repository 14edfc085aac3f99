import type { InterviewRound, PrepView } from '@furikaeri/core';
import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/errors';
import { prepApi } from '../../api/prep';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { LoadState } from '../../components/LoadState';
import { Notice } from '../../components/Notice';
import { PageTitle } from '../../components/PageTitle';
import { useResource } from '../../hooks/useResource';
import { useLocale } from '../../i18n/LocaleContext';
import { common } from '../../i18n/strings/common';
import { prepText } from '../../i18n/strings/prep';
import { prepFormat } from '../../i18n/strings/prep-format';
import { prepScopeText } from '../../i18n/strings/prep-scope';
import { href, navigate } from '../../router/routes';
import { ConsistencyPanel } from './ConsistencyPanel';
import { PredictionsSection } from './PredictionsSection';
import { PrepScopeBar } from './PrepScopeBar';
import { ReverseQuestionsForm } from './ReverseQuestionsForm';
import { RoundChecklist } from './RoundChecklist';
import './prep.css';

/**
 * The next round of a company or application: predicted questions, consistency, my preparation. Choosing
 * another application or round reloads in place (what is shown stays until the new predictions arrive, and
 * the focus stays on the chooser).
 */
export function PrepPage({ target, round }: { target: string; round: InterviewRound | null }) {
  const { t } = useLocale();
  const view = useResource('prep', () => prepApi.prepare(target, round));
  const { reload } = view;
  const shown = useRef({ target, round });
  // Another application or round is loading: what is shown belongs to the previous choice.
  const [switching, setSwitching] = useState(false);
  useEffect(() => {
    if (shown.current.target === target && shown.current.round === round) return;
    const choice = { target, round };
    shown.current = choice;
    setSwitching(true);
    void reload().finally(() => {
      if (shown.current === choice) setSwitching(false);
    });
  }, [target, round, reload]);
  // A target that is gone (deleted, mistyped) after another was shown: its error, not the old page.
  const gone = view.error instanceof ApiError && view.error.status === 404;
  if (!view.data || gone) return <LoadState error={view.error} onRetry={view.reload} />;
  const data = view.data;
  const events = new Map(data.events.map((event) => [event.id, event]));
  const refresh = () => void view.reload();

  return (
    <div className="page" data-testid="prep-page">
      <Breadcrumbs
        items={[
          { label: t(common.library), href: href.home() },
          { label: data.company.name, href: href.company(data.company.id) },
          { label: t(prepText.prepLink) },
        ]}
      />
      <PageTitle
        title={t(
          prepText.prepTitle(
            data.application ? `${data.company.name}${t(prepFormat.paren(data.application.role))}` : data.company.name,
          ),
        )}
        lead={<p>{t(prepText.prepLead)}</p>}
        aside={
          <a
            className="button button--primary"
            href={href.practice(data.scopeId, data.targetRound)}
            data-testid="practice-link"
          >
            {t(prepText.practiceThese)}
          </a>
        }
      />
      <PrepScopeBar
        companyId={data.company.id}
        applications={data.applications}
        target={chosenTarget(target, data)}
        round={round ?? data.defaultRound}
        defaultRound={data.defaultRound}
        job={data}
        busy={switching}
        onChange={(next, nextRound) => navigate(href.prep(next, nextRound))}
        onJobSaved={refresh}
      />
      {!data.application && data.applications.length > 0 && (
        <Notice tone="info" testId="company-wide-notice">
          <p>{t(prepScopeText.companyWideLead)}</p>
        </Notice>
      )}
      {/* While another application or round loads, what is shown is not clickable: it belongs to the old one. */}
      <div className="page-grid prep-grid" inert={switching} aria-busy={switching}>
        <div className="page-grid__main">
          <PredictionsSection data={data} onNotes={refresh} />
        </div>
        <aside className="page-grid__side">
          <ConsistencyPanel warnings={data.warnings} events={events} compared={data.consistencyEvents} />
          <RoundChecklist items={data.checklist} predictions={data.predictions} />
          <ReverseQuestionsForm
            key={data.scopeId}
            target={data.scopeId}
            questions={data.reverseQuestions}
            companyQuestions={data.companyReverseQuestions}
            onSaved={refresh}
          />
        </aside>
      </div>
    </div>
  );
}

/** The target as chosen (shown at once while it loads); a company named by its name shows as its id. */
function chosenTarget(target: string, data: PrepView): string {
  const ids = [data.company.id, ...data.applications.map((application) => application.id)];
  return ids.includes(target) ? target : data.scopeId;
}
