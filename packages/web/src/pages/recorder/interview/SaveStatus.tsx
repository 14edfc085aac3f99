import { useLocale } from '../../../i18n/LocaleContext';
import { recorderText } from '../../../i18n/strings/recorder';
import type { RecorderSnapshot } from '../session/recorder-state';

/** How much of the recording is on the server's disk, and how much waits in this browser. */
export function SaveStatus({ snapshot }: { snapshot: RecorderSnapshot }) {
  const { t } = useLocale();
  const { savedMs } = snapshot.send;
  const pendingMs = Math.max(0, snapshot.capturedMs - savedMs);
  // Half a second is always on its way (the chunk being sent): not worth a word.
  const waiting = pendingMs >= 1_500;
  return (
    <p
      className={`save-status${waiting ? ' save-status--waiting' : ''}`}
      data-testid="save-status"
      data-saved-ms={Math.round(savedMs)}
      data-captured-ms={Math.round(snapshot.capturedMs)}
    >
      <span>{t(recorderText.savedUpTo(savedMs))}</span>
      <span aria-hidden="true">·</span>
      <span>{waiting ? t(recorderText.pending(pendingMs)) : t(recorderText.allSaved)}</span>
    </p>
  );
}
