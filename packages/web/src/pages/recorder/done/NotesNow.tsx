import { useEffect, useState } from 'react';
import { api } from '../../../api/library';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { Field } from '../../../components/Field';
import { useAction } from '../../../hooks/useAction';
import { useLocale } from '../../../i18n/LocaleContext';
import { recorderText } from '../../../i18n/strings/recorder';

/** The event's notes, right after the recording, while the user still remembers. */
export function NotesNow({ eventId }: { eventId: string }) {
  const { t } = useLocale();
  const [notes, setNotes] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const save = useAction();

  useEffect(() => {
    let current = true;
    api.getEvent(eventId).then(
      (detail) => current && setNotes(detail.event.notes),
      () => current && setNotes(''),
    );
    return () => {
      current = false;
    };
  }, [eventId]);

  if (notes === null) return null;
  return (
    <form
      className="notes-now"
      onSubmit={(event) => {
        event.preventDefault();
        void save.run(async () => {
          await api.updateEvent(eventId, { notes });
          setSaved(true);
        });
      }}
    >
      <Field label={t(recorderText.notesLabel)}>
        {(id) => (
          <textarea
            id={id}
            className="input textarea"
            rows={6}
            value={notes}
            onChange={(event) => {
              setNotes(event.target.value);
              setSaved(false);
            }}
            data-testid="notes-input"
          />
        )}
      </Field>
      <div className="notes-now__actions">
        <button type="submit" className="button button--primary" disabled={save.busy} data-testid="notes-save">
          {t(recorderText.notesSave)}
        </button>
        {saved && (
          <span className="meta-text" role="status" data-testid="notes-saved">
            {t(recorderText.notesSaved)}
          </span>
        )}
      </div>
      <ErrorNotice error={save.error} />
    </form>
  );
}
