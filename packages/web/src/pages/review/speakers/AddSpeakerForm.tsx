import { SPEAKER_ROLES, type SpeakerRole, type TranscriptEdit } from '@furikaeri/core';
import { type FormEvent, useState } from 'react';
import { useLocale } from '../../../i18n/LocaleContext';
import { editText, SPEAKER_ROLE_LABELS } from '../../../i18n/strings/review';

/** A speaker the machine merged with someone else (a second interviewer, another candidate). */
export function AddSpeakerForm({ busy, onApply }: { busy: boolean; onApply(edit: TranscriptEdit): Promise<boolean> }) {
  const { t } = useLocale();
  const [label, setLabel] = useState('');
  const [role, setRole] = useState<SpeakerRole>('candidate');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (label.trim() === '') return;
    if (await onApply({ op: 'add-speaker', label: label.trim(), role })) setLabel('');
  };

  return (
    <form className="add-speaker" onSubmit={submit} data-testid="add-speaker">
      <input
        className="input"
        value={label}
        maxLength={40}
        onChange={(event) => setLabel(event.target.value)}
        placeholder={t(editText.newSpeakerPlaceholder)}
        aria-label={t(editText.newSpeakerName)}
        data-testid="new-speaker-name"
      />
      <select
        className="input"
        value={role}
        onChange={(event) => setRole(event.target.value as SpeakerRole)}
        aria-label={t(editText.speakerRole(label || t(editText.newSpeakerName)))}
      >
        {SPEAKER_ROLES.map((option) => (
          <option key={option} value={option}>
            {t(SPEAKER_ROLE_LABELS[option])}
          </option>
        ))}
      </select>
      <button type="submit" className="button" disabled={busy || label.trim() === ''} data-testid="add-speaker-submit">
        {t(editText.addSpeaker)}
      </button>
    </form>
  );
}
