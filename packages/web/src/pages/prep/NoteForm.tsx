import type { PrepNote, PrepNoteView } from '@furikaeri/core';
import { type FormEvent, useState } from 'react';
import { prepApi } from '../../api/prep';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useAction } from '../../hooks/useAction';
import { useLocale } from '../../i18n/LocaleContext';
import { prepText } from '../../i18n/strings/prep';
import { prepScopeText } from '../../i18n/strings/prep-scope';
import { TextareaField } from './TextareaField';

interface NoteFormProps {
  target: string;
  question: string;
  note: PrepNoteView | undefined;
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
      {note?.companyWide && (
        <p className="meta-text" data-testid="company-wide-hint">
          {t(prepScopeText.companyWideHint)}
        </p>
      )}
      <TextareaField
        label={t(prepText.draft)}
        value={draft}
        onChange={setDraft}
        rows={4}
        maxLength={5000}
        testId="note-draft"
      />
      <TextareaField label={t(prepText.keyPoints)} value={points} onChange={setPoints} rows={3} testId="note-points" />
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
