import { formatDuration } from '@furikaeri/core';
import { useState } from 'react';
import { Notice } from '../../../components/Notice';
import { Section } from '../../../components/Section';
import { useLocale } from '../../../i18n/LocaleContext';
import { recorderText } from '../../../i18n/strings/recorder';
import { href } from '../../../router/routes';
import type { RecorderController } from '../session/recorder-controller';
import type { RecorderSnapshot } from '../session/recorder-state';
import { NotesNow } from './NotesNow';
import { PipelineOutlook } from './PipelineOutlook';

/** After the stop: what was saved, where it is, the bookmarks, and notes now or later (never a question first). */
export function StopSummary({ controller, snapshot }: { controller: RecorderController; snapshot: RecorderSnapshot }) {
  const { t } = useLocale();
  const [notes, setNotes] = useState<'offer' | 'now' | 'later'>('offer');
  const { result } = snapshot;
  if (!result) return null;
  const kept = result.recording !== null;
  const eventId = result.session.eventId;
  return (
    <div className="stop-summary" data-testid="stop-summary" data-kept={kept}>
      <Section title={t(kept ? recorderText.savedTitle : recorderText.notSavedTitle)} card testId="saved">
        <Notice tone={kept ? 'success' : 'info'} testId="saved-message">
          <p>{t(result.message)}</p>
          {kept && snapshot.practice && <p>{t(recorderText.practiceSaved)}</p>}
        </Notice>
        {kept && <PipelineOutlook />}
        {snapshot.bookmarks.length > 0 && (
          <div className="stop-summary__bookmarks">
            <h3>{t(recorderText.bookmarks)}</h3>
            <ul data-testid="bookmark-list">
              {snapshot.bookmarks.map((offset) => (
                <li key={offset}>{formatDuration(offset)}</li>
              ))}
            </ul>
          </div>
        )}
        <div className="stop-summary__actions">
          {kept && (
            <a className="button button--primary" href={href.event(eventId)} data-testid="open-recording">
              {t(recorderText.openRecording)}
            </a>
          )}
          <button type="button" className="button" onClick={() => controller.reset()} data-testid="record-again">
            {t(recorderText.recordAgain)}
          </button>
        </div>
      </Section>
      <Section title={t(recorderText.notesTitle)} card testId="notes-offer">
        {notes === 'now' ? (
          <NotesNow eventId={eventId} />
        ) : (
          <>
            <p>{t(recorderText.notesOffer)}</p>
            {notes === 'offer' && (
              <div className="stop-summary__actions">
                <button type="button" className="button" onClick={() => setNotes('now')} data-testid="notes-now">
                  {t(recorderText.notesNow)}
                </button>
                <button
                  type="button"
                  className="button button--quiet"
                  onClick={() => setNotes('later')}
                  data-testid="notes-later"
                >
                  {t(recorderText.notesLater)}
                </button>
              </div>
            )}
          </>
        )}
      </Section>
    </div>
  );
}
