import type { EventSummary } from '@furikaeri/core';
import { analysisApi } from '../../api/analysis';
import { transcriptsApi } from '../../api/transcripts';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Section } from '../../components/Section';
import { useResource } from '../../hooks/useResource';
import { useLocale } from '../../i18n/LocaleContext';
import { timelineText } from '../../i18n/strings/company-timeline';
import { href } from '../../router/routes';
import { type EventQuestionSource, questionsByRound } from './questions-by-round';

/** Each event's transcript and, where there is one, its analysis report (its questions replace the heuristic). */
async function loadSources(events: readonly EventSummary[]): Promise<Map<string, EventQuestionSource>> {
  const sources = await Promise.all(
    events.map(async (event): Promise<EventQuestionSource> => {
      const { transcript } = await transcriptsApi.view(event.id);
      if (!transcript) return { transcript: null, report: null };
      // Without a report (e.g. it failed) the provisional detection still lists the questions.
      const report = await analysisApi.current(event.id).then(
        (stored) => stored.report,
        () => null,
      );
      return { transcript, report };
    }),
  );
  return new Map(events.map((event, index) => [event.id, sources[index] ?? { transcript: null, report: null }]));
}

/** What this company has asked so far, round by round: to prepare the next one. */
export function QuestionsByRound({ events }: { events: readonly EventSummary[] }) {
  const { t } = useLocale();
  const key = events.map((event) => event.id).join(',');
  const sources = useResource(`company-questions:${key}`, () => loadSources(events));
  const rounds = sources.data ? questionsByRound(events, sources.data) : [];
  const provisional = [...(sources.data?.values() ?? [])].some((source) => source.transcript && !source.report);

  return (
    <Section title={t(timelineText.questionsTitle)} card testId="questions-by-round">
      {provisional && <p className="meta-text">{t(timelineText.questionsProvisional)}</p>}
      <ErrorNotice error={sources.error} />
      {!sources.data ? (
        !sources.error && <p className="loading">{t(timelineText.questionsLoading)}</p>
      ) : rounds.length === 0 ? (
        <p className="empty">{t(timelineText.noQuestions)}</p>
      ) : (
        <div className="questions-by-round">
          {rounds.map((group) => (
            <section key={group.round.en} className="questions-by-round__round" data-testid="round-questions">
              <h3>{t(group.round)}</h3>
              <ol className="questions-by-round__list">
                {group.questions.map((question) => (
                  <li key={`${question.eventId}:${question.startMs}`}>
                    <a href={href.review(question.eventId, question.startMs)} data-testid="round-question">
                      {question.text}
                    </a>
                  </li>
                ))}
              </ol>
            </section>
          ))}
        </div>
      )}
    </Section>
  );
}
