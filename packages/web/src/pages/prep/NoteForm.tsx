import { PREP_TEXT_LIMITS, type PrepNote, type PrepNoteView } from '@furikaeri/core';
import { type FormEvent, useState } from 'react';
import { prepApi } from '../../api/prep';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useAction } from '../../hooks/useAction';
import { useLocale } from '../../i18n/LocaleContext';
import { prepText } from '../../i18n/strings/prep';
import { prepScopeText } from '../../i18n/strings/prep-scope';
import { overLimit, TextareaField } from './TextareaField';

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

  const tooLong = overLimit(draft, PREP_TEXT_LIMITS.draft);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // The box says how much is over; a draft the server would refuse is not sent.
    if (tooLong) return;
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
        limit={PREP_TEXT_LIMITS.draft}
        testId="note-draft"
      />
      <TextareaField label={t(prepText.keyPoints)} value={points} onChange={setPoints} rows={3} testId="note-points" />
      <div className="form__actions">
        <button type="submit" className="button" disabled={action.busy || tooLong} data-testid="note-save">
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
