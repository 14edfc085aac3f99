import type { TranscriptEdit, TranscriptSegment, TranscriptSpeaker } from '@furikaeri/core';
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useLocale } from '../../../i18n/LocaleContext';
import { editText } from '../../../i18n/strings/review';
import { caretToCodePoint } from './caret';

interface SegmentEditorProps {
  segment: TranscriptSegment;
  speakers: readonly TranscriptSpeaker[];
  hasNext: boolean;
  busy: boolean;
  onApply(edit: TranscriptEdit): Promise<boolean>;
  onClose(): void;
}

/** Fix the words, split at the caret, merge with the next line, or give the line to another speaker. */
export function SegmentEditor({ segment, speakers, hasNext, busy, onApply, onClose }: SegmentEditorProps) {
  const { t } = useLocale();
  const [draft, setDraft] = useState(segment.text);
  const area = useRef<HTMLTextAreaElement>(null);
  const hintId = useId();
  const segmentId = segment.id;

  useEffect(() => {
    area.current?.focus();
  }, []);

  const saveText = async (): Promise<boolean> => {
    if (draft.trim() === segment.text) return true;
    return onApply({ op: 'edit-text', segmentId, text: draft });
  };
  const save = async () => {
    if (await saveText()) onClose();
  };
  const split = async () => {
    const caret = area.current?.selectionStart ?? 0;
    // The server trims what it stores: count the caret in the trimmed text.
    const lead = draft.length - draft.trimStart().length;
    const atChar = caretToCodePoint(draft.trim(), caret - lead);
    if (!(await saveText())) return;
    if (await onApply({ op: 'split', segmentId, atChar })) onClose();
  };
  const merge = async () => {
    if (!(await saveText())) return;
    if (await onApply({ op: 'merge-next', segmentId })) onClose();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void save();
    }
  };

  return (
    <div className="segment-editor" data-testid="segment-editor">
      <label className="field">
        <span className="field__label">{t(editText.text)}</span>
        <textarea
          ref={area}
          className="input segment-editor__text"
          value={draft}
          rows={Math.min(8, Math.max(2, Math.ceil(draft.length / 40)))}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={onKeyDown}
          aria-describedby={hintId}
          data-testid="segment-text"
        />
      </label>
      <p id={hintId} className="field__hint">
        {t(editText.splitHint)}
      </p>
      <div className="segment-editor__row">
        <label className="segment-editor__speaker">
          <span className="field__label">{t(editText.speaker)}</span>
          <select
            className="input"
            value={segment.speaker}
            disabled={busy}
            onChange={(event) => void onApply({ op: 'reassign', segmentId, speaker: event.target.value })}
            data-testid="segment-speaker"
          >
            {speakers.map((speaker) => (
              <option key={speaker.key} value={speaker.key}>
                {speaker.label}
              </option>
            ))}
          </select>
        </label>
        <div className="form__actions">
          <button
            type="button"
            className="button button--primary"
            onClick={save}
            disabled={busy}
            data-testid="segment-save"
          >
            {t(editText.saveText)}
          </button>
          <button type="button" className="button" onClick={split} disabled={busy} data-testid="segment-split">
            {t(editText.split)}
          </button>
          <button
            type="button"
            className="button"
            onClick={merge}
            disabled={busy || !hasNext}
            data-testid="segment-merge"
          >
            {t(editText.mergeNext)}
          </button>
          <button type="button" className="button button--quiet" onClick={onClose} data-testid="segment-close">
            {t(editText.close)}
          </button>
        </div>
      </div>
    </div>
  );
}
