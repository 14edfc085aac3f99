import type { PrepNote } from '@furikaeri/core';
import { type FormEvent, useState } from 'react';
import { prepApi } from '../../api/prep';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { useAction } from '../../hooks/useAction';
import { useLocale } from '../../i18n/LocaleContext';
import { prepText } from '../../i18n/strings/prep';

interface NoteFormProps {
  target: string;
  question: string;
  note: PrepNote | undefined;
  onSaved(notes: PrepNote[]): void;
}

/** My draft answer and key points for one predicted question, kept in the vault. */
export function NoteForm({ target, question, note, onSaved }: NoteFormProps) {
  const { t } = useLocale();
  const [draft, setDraft] = useState(note?.draft ?? '');
  const [points, setPoints] = useState((note?.keyPoints ?? []).join('\n'));
  const [saved, setSaved] = useState(false);
  const action = useAction();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    void action.run(async () => {
      const keyPoints = points
        .split('\n')
        .map((p) => p.trim())
        .filter((p) => p !== '');
      onSaved(await prepApi.saveNote(target, { question, draft, keyPoints }));
      setSaved(true);
    });
  };

  return (
    <form className="form prep-note" onSubmit={submit} data-testid="note-form">
      <Field label={t(prepText.draft)}>
        {(id) => (
          <textarea
            id={id}
            className="input"
            rows={4}
            value={draft}
            maxLength={5000}
            onChange={(e) => setDraft(e.target.value)}
            data-testid="note-draft"
          />
        )}
      </Field>
      <Field label={t(prepText.keyPoints)}>
        {(id) => (
          <textarea
            id={id}
            className="input"
            rows={3}
            value={points}
            onChange={(e) => setPoints(e.target.value)}
            data-testid="note-points"
          />
        )}
      </Field>
      <div className="form__actions">
        <button type="submit" className="button" disabled={action.busy} data-testid="note-save">
          {t(prepText.save)}
        </button>
        {saved && (
          <span className="meta-text" role="status">
            {t(prepText.saved)}
          </span>
        )}
      </div>
      <ErrorNotice error={action.error} onDismiss={action.clearError} />
    </form>
  );
}
