import { modeOf } from '@furikaeri/core';
import { useEffect } from 'react';
import { transcriptImportApi } from '../../api/transcripts';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { LoadState } from '../../components/LoadState';
import { PageTitle } from '../../components/PageTitle';
import { formatDate } from '../../i18n/dates';
import { eventHeading } from '../../i18n/event-labels';
import { useLocale } from '../../i18n/LocaleContext';
import { common } from '../../i18n/strings/common';
import { eventPage } from '../../i18n/strings/event';
import { reviewText } from '../../i18n/strings/review';
import { href } from '../../router/routes';
import { useEventDetail } from '../event/useEventDetail';
import { useAnalysis } from './analysis/useAnalysis';
import { NoTranscriptReview } from './no-transcript/NoTranscriptReview';
import { ReviewWorkspace } from './ReviewWorkspace';
import { RoleCheckPanel } from './roles/RoleCheckPanel';
import { useTranscriptView } from './useTranscriptView';
import './review.css';
import './transcript/transcript.css';
import './speakers/speakers.css';
import './print.css';

interface ReviewPageProps {
  eventId: string;
  /** Seconds from `?t=` (a search hit), or null. */
  startAt: number | null;
}

/** `#/events/:id/review`: listen, read, correct and note down — or why there is nothing to review yet. */
export function ReviewPage({ eventId, startAt }: ReviewPageProps) {
  const { t, locale } = useLocale();
  const detail = useEventDetail(eventId);
  const model = useTranscriptView(eventId);
  const hasTranscript = Boolean(model.data?.transcript);
  const analysis = useAnalysis(eventId, model.data?.transcript?.updatedAt ?? null);
  const transcribed = detail.data?.recordings.some((recording) =>
    recording.jobs.some((job) => job.type === 'transcribe' && job.status === 'succeeded'),
  );
  const { reload } = model;

  // A transcription finishing while the page is open (the event stream says so) brings its transcript in.
  useEffect(() => {
    if (transcribed && !hasTranscript) void reload();
  }, [transcribed, hasTranscript, reload]);

  if (!detail.data || !model.data) {
    return (
      <LoadState
        error={detail.error ?? model.error}
        onRetry={() => void Promise.all([detail.reload(), model.reload()])}
      />
    );
  }
  const { event, company, recordings } = detail.data;
  const { transcript, undoSteps, questionNotes } = model.data;
  const heading = t(eventHeading(event));

  return (
    <div className="page" data-testid="review-page">
      <Breadcrumbs
        items={[
          { label: t(common.library), href: href.home() },
          ...(company ? [{ label: company.name, href: href.company(company.id) }] : []),
          { label: heading, href: href.event(event.id) },
          { label: t(reviewText.title) },
        ]}
      />
      <PageTitle
        title={t(reviewText.pageTitle(heading))}
        lead={
          <p className="event-lead">
            <span>{company?.name ?? t(eventPage.practice)}</span>
            <span aria-hidden="true">·</span>
            <span>{formatDate(event.date, locale)}</span>
            <span aria-hidden="true">·</span>
            <a href={href.event(event.id)} data-testid="back-to-event">
              {t(reviewText.backToEvent)}
            </a>
          </p>
        }
      />
      {transcript && (
        <RoleCheckPanel
          transcript={transcript}
          mode={modeOf(event.type)}
          busy={model.action.busy}
          onApply={model.apply}
          onSplit={() =>
            void model.action.run(async () => {
              await transcriptImportApi.splitSpeakers(event.id);
              await model.reload();
            })
          }
        />
      )}
      {transcript ? (
        <ReviewWorkspace
          model={model}
          transcript={transcript}
          undoSteps={undoSteps}
          notes={questionNotes}
          recordings={recordings}
          analysis={analysis}
          eventId={event.id}
          startAtMs={startAt === null ? null : Math.round(startAt * 1000)}
        />
      ) : (
        <NoTranscriptReview
          detail={detail.data}
          onJob={detail.applyJob}
          onChanged={() => void Promise.all([detail.reload(), model.reload()])}
        />
      )}
    </div>
  );
}
