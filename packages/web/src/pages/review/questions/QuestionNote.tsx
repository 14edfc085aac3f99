import { useEffect, useId, useState } from 'react';
import { useLocale } from '../../../i18n/LocaleContext';
import { questionText, reviewText } from '../../../i18n/strings/review';

interface QuestionNoteProps {
  segmentId: string;
  time: string;
  saved: string;
  busy: boolean;
  onSave(segmentId: string, note: string): Promise<boolean>;
}

/** My reflection on one question; kept on the server with the question's moment, and searchable. */
export function QuestionNote({ segmentId, time, saved, busy, onSave }: QuestionNoteProps) {
  const { t } = useLocale();
  const [draft, setDraft] = useState(saved);
  const [justSaved, setJustSaved] = useState(false);
  const id = useId();
  useEffect(() => setDraft(saved), [saved]);
  const dirty = draft.trim() !== saved;

  const save = async () => {
    if (await onSave(segmentId, draft)) setJustSaved(true);
  };

  return (
    <div className="question-note">
      <label className="visually-hidden" htmlFor={id}>
        {t(questionText.noteFor(time))}
      </label>
      <textarea
        id={id}
        className="input question-note__text"
        rows={Math.min(6, Math.max(2, Math.ceil(draft.length / 22)))}
        value={draft}
        placeholder={t(questionText.notePlaceholder)}
        onChange={(event) => {
          setDraft(event.target.value);
          setJustSaved(false);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            void save();
          }
        }}
        data-testid="question-note"
      />
      <div className="question-note__actions">
        <button type="button" className="button" onClick={save} disabled={busy || !dirty} data-testid="save-note">
          {t(questionText.saveNote)}
        </button>
        {justSaved && !dirty && (
          <span className="meta-text" role="status" data-testid="note-saved">
            {t(reviewText.saved)}
          </span>
        )}
      </div>
    </div>
  );
}
