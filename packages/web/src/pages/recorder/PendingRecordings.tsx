import { useEffect, useState } from 'react';
import { Notice } from '../../components/Notice';
import { announcePracticeAttemptsChanged } from '../../hooks/usePracticeAttemptsChanged';
import { useLocale } from '../../i18n/LocaleContext';
import { recorderText } from '../../i18n/strings/recorder';
import { href } from '../../router/routes';
import './recorder.css';
import { type FlushOutcome, flushLeftovers } from './upload/leftover-flush';

let flushed = false;

/**
 * Mounted once the library is open: sends what a closed or crashed recorder tab left in this browser and
 * saves that recording, then says so. Runs once per page load.
 */
export function PendingRecordings() {
  const { t } = useLocale();
  const [sending, setSending] = useState(false);
  const [outcomes, setOutcomes] = useState<FlushOutcome[]>([]);

  useEffect(() => {
    if (flushed) return;
    flushed = true;
    void flushLeftovers(() => setSending(true)).then(
      (done) => {
        setSending(false);
        setOutcomes(done);
        // A practice take is an attempt now: a practice page open meanwhile charts it without a reload.
        if (done.some((outcome) => outcome.result?.recording && outcome.take.practiceAttempt)) {
          announcePracticeAttemptsChanged();
        }
      },
      () => setSending(false),
    );
  }, []);

  if (!sending && outcomes.length === 0) return null;
  return (
    <div className="pending-recordings" data-testid="pending-recordings">
      {sending && (
        <Notice tone="info" testId="leftovers-sending">
          <p>{t(recorderText.leftoversSending)}</p>
        </Notice>
      )}
      {outcomes
        .filter((outcome) => outcome.result || outcome.droppedMs > 0)
        .map((outcome) => (
          <Notice
            key={outcome.take.takeId}
            tone={outcome.droppedMs > 0 ? 'warning' : 'success'}
            testId="leftovers-saved"
            onDismiss={() => setOutcomes((all) => all.filter((item) => item !== outcome))}
          >
            {outcome.result?.recording ? (
              <p>
                {t(recorderText.leftoversSaved(outcome.result.recording.originalName))}{' '}
                <a href={href.event(outcome.result.session.eventId)}>{t(recorderText.leftoversOpen)}</a>
              </p>
            ) : (
              outcome.result && <p>{t(outcome.result.message)}</p>
            )}
            {outcome.result?.recording && outcome.take.practiceAttempt && (
              <p data-testid="leftovers-practice">
                {t(recorderText.leftoversPractice(outcome.take.practiceAttempt.question))}{' '}
                <a href={href.practice()}>{t(recorderText.leftoversOpen)}</a>
              </p>
            )}
            {outcome.droppedMs > 0 && <p>{t(recorderText.leftoversDropped(outcome.droppedMs))}</p>}
          </Notice>
        ))}
    </div>
  );
}
