import { useEffect, useId, useRef, useState } from 'react';
import { useLocale } from '../../../i18n/LocaleContext';
import { questionText, reviewText } from '../../../i18n/strings/review';

interface QuestionNoteProps {
  segmentId: string;
  time: string;
  saved: string;
  busy: boolean;
  onSave(segmentId: string, note: string): Promise<boolean>;
}

/**
 * My reflection on one question; kept on the server with the question's moment, and searchable. The text
 * field opens on request: an hour-long interview has a couple of hundred questions, and as many open text
 * areas would be both noise and slow.
 */
export function QuestionNote({ segmentId, time, saved, busy, onSave }: QuestionNoteProps) {
  const { t } = useLocale();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(saved);
  const [justSaved, setJustSaved] = useState(false);
  const area = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  useEffect(() => setDraft(saved), [saved]);
  useEffect(() => {
    if (editing) area.current?.focus();
  }, [editing]);

  const save = async () => {
    if (await onSave(segmentId, draft)) {
      setEditing(false);
      setJustSaved(true);
    }
  };

  if (!editing) {
    return (
      <div className="question-note">
        {saved && (
          <p className="question-note__saved prewrap" data-testid="question-note-text">
            {saved}
          </p>
        )}
        <div className="question-note__actions">
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              setEditing(true);
              setJustSaved(false);
            }}
            aria-label={t(questionText.noteFor(time))}
            data-testid="edit-note"
          >
            {t(saved ? questionText.editNote : questionText.writeNote)}
          </button>
          {justSaved && (
            <span className="meta-text" role="status" data-testid="note-saved">
              {t(reviewText.saved)}
            </span>
          )}
        </div>
      </div>
    );
  }

  return (
    <div className="question-note">
      <label className="visually-hidden" htmlFor={id}>
        {t(questionText.noteFor(time))}
      </label>
      <textarea
        ref={area}
        id={id}
        className="input question-note__text"
        rows={Math.min(6, Math.max(2, Math.ceil(draft.length / 22)))}
        value={draft}
        placeholder={t(questionText.notePlaceholder)}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            void save();
          } else if (event.key === 'Escape') {
            setDraft(saved);
            setEditing(false);
          }
        }}
        data-testid="question-note"
      />
      <div className="question-note__actions">
        <button type="button" className="button button--small" onClick={save} disabled={busy} data-testid="save-note">
          {t(questionText.saveNote)}
        </button>
        <button
          type="button"
          className="button button--small button--quiet"
          onClick={() => {
            setDraft(saved);
            setEditing(false);
          }}
        >
          {t(questionText.cancelNote)}
        </button>
      </div>
    </div>
  );
}
