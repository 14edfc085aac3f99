import type { EventDetail, Job } from '@furikaeri/core';
import { TranscribeActions } from '../../../components/speech-model/TranscribeActions';
import { useLocale } from '../../../i18n/LocaleContext';
import { noTranscriptText as T } from '../../../i18n/strings/no-transcript';
import { href } from '../../../router/routes';
import { ImportArea } from '../../event/ImportArea';
import { TranscriptPending } from '../TranscriptPending';
import { RecordingPlayer } from './RecordingPlayer';
import './no-transcript.css';

interface NoTranscriptReviewProps {
  detail: EventDetail;
  onJob(job: Job): void;
  /** A transcript was imported or a job started: reload the page's data. */
  onChanged(): void;
}

/**
 * A recording without a transcript still gets a review page: it plays, with its waveform, and the three ways
 * on are right here — import a transcript, install a model and transcribe, or write notes.
 */
export function NoTranscriptReview({ detail, onJob, onChanged }: NoTranscriptReviewProps) {
  const { t } = useLocale();
  const { event, recordings } = detail;
  const playable = recordings.find((recording) => recording.status === 'ready' && recording.audioDeletedAt === null);
  const consentDeclined = event.consent === 'declined';
  return (
    <div className="no-transcript" data-testid="no-transcript">
      {playable && <RecordingPlayer recording={playable} />}
      <TranscriptPending detail={detail} />
      <section className="card no-transcript__next" aria-labelledby="next-steps-title" data-testid="next-steps">
        <h2 id="next-steps-title">{t(T.nextTitle)}</h2>
        {!consentDeclined && (
          <div className="no-transcript__step" data-testid="next-import">
            <h3>{t(T.importTitle)}</h3>
            <p className="meta-text">{t(T.importLead)}</p>
            <ImportArea
              eventId={event.id}
              compact
              recordings={recordings}
              onUploaded={onChanged}
              onTranscriptSaved={onChanged}
            />
          </div>
        )}
        {playable && (
          <div className="no-transcript__step" data-testid="next-model">
            <h3>{t(T.modelTitle)}</h3>
            <TranscribeActions recording={playable} onJob={onJob} />
          </div>
        )}
        <div className="no-transcript__step" data-testid="next-notes">
          <h3>{t(T.notesTitle)}</h3>
          <p className="meta-text">{t(T.notesLead)}</p>
          <a className="button" href={href.event(event.id)} data-testid="write-notes">
            {t(T.writeNotes)}
          </a>
        </div>
      </section>
    </div>
  );
}
