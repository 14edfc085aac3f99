import { ROUND_LABELS } from '@furikaeri/core';
import { prepApi } from '../../api/prep';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { LoadState } from '../../components/LoadState';
import { Notice } from '../../components/Notice';
import { PageTitle } from '../../components/PageTitle';
import { Section } from '../../components/Section';
import { useResource } from '../../hooks/useResource';
import { useLocale } from '../../i18n/LocaleContext';
import { common } from '../../i18n/strings/common';
import { prepText } from '../../i18n/strings/prep';
import { href } from '../../router/routes';
import { ConsistencyPanel } from './ConsistencyPanel';
import { PredictionCard } from './PredictionCard';
import { ReverseQuestionsForm } from './ReverseQuestionsForm';
import { RoundChecklist } from './RoundChecklist';
import './prep.css';

/** The next round of a company or application: predicted questions, consistency, my preparation. */
export function PrepPage({ target }: { target: string }) {
  const { t } = useLocale();
  const view = useResource(`prep:${target}`, () => prepApi.prepare(target));
  if (!view.data) return <LoadState error={view.error} onRetry={view.reload} />;
  const data = view.data;
  const events = new Map(data.events.map((event) => [event.id, event]));
  const notes = new Map(data.notes.map((note) => [note.question, note]));
  const setNotes = (next: typeof data.notes) => {
    view.setData((current) => (current ? { ...current, notes: next } : current));
    void view.reload();
  };

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
          prepText.prepTitle(data.application ? `${data.company.name}（${data.application.role}）` : data.company.name),
        )}
        lead={<p>{t(prepText.prepLead)}</p>}
        aside={
          <a className="button button--primary" href={href.practice(data.company.id)} data-testid="practice-link">
            {t(prepText.practiceThese)}
          </a>
        }
      />
      <div className="page-grid">
        <div className="page-grid__main">
          <Section
            title={`${t(prepText.predictions)} — ${t(prepText.targetRound)} ${t(ROUND_LABELS[data.targetRound])}`}
            count={data.predictions.length}
            testId="predictions"
          >
            {data.withoutTranscript > 0 && (
              <Notice tone="info">
                <p>{t(prepText.withoutTranscript(data.withoutTranscript))}</p>
              </Notice>
            )}
            {data.predictions.length === 0 && <p className="empty">{t(prepText.noPredictions)}</p>}
            <ol className="plain-list stack">
              {data.predictions.map((prediction) => (
                <PredictionCard
                  key={prediction.id}
                  target={target}
                  prediction={prediction}
                  events={events}
                  note={notes.get(prediction.text.ja)}
                  onNotes={setNotes}
                />
              ))}
            </ol>
          </Section>
        </div>
        <aside className="page-grid__side">
          <ConsistencyPanel warnings={data.warnings} events={events} />
          <RoundChecklist items={data.checklist} />
          <ReverseQuestionsForm target={target} questions={data.reverseQuestions} onSaved={() => void view.reload()} />
        </aside>
      </div>
    </div>
  );
}
