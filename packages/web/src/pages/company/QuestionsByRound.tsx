import type { EventSummary, Transcript } from '@furikaeri/core';
import { transcriptsApi } from '../../api/transcripts';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Section } from '../../components/Section';
import { useResource } from '../../hooks/useResource';
import { useLocale } from '../../i18n/LocaleContext';
import { timelineText } from '../../i18n/strings/company-timeline';
import { href } from '../../router/routes';
import { questionsByRound } from './questions-by-round';

async function loadTranscripts(events: readonly EventSummary[]): Promise<Map<string, Transcript | null>> {
  const views = await Promise.all(events.map((event) => transcriptsApi.view(event.id)));
  return new Map(events.map((event, index) => [event.id, views[index]?.transcript ?? null]));
}

/** What this company has asked so far, round by round: to prepare the next one. */
export function QuestionsByRound({ events }: { events: readonly EventSummary[] }) {
  const { t } = useLocale();
  const key = events.map((event) => event.id).join(',');
  const transcripts = useResource(`company-questions:${key}`, () => loadTranscripts(events));
  const rounds = transcripts.data ? questionsByRound(events, transcripts.data) : [];

  return (
    <Section title={t(timelineText.questionsTitle)} card testId="questions-by-round">
      <p className="meta-text">{t(timelineText.questionsProvisional)}</p>
      <ErrorNotice error={transcripts.error} />
      {!transcripts.data ? (
        !transcripts.error && <p className="loading">{t(timelineText.questionsLoading)}</p>
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
