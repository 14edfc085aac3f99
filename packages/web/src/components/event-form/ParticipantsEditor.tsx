import type { Participant } from '@furikaeri/core';
import { useId } from 'react';
import { useLocale } from '../../i18n/LocaleContext';
import { eventForm } from '../../i18n/strings/library';

interface ParticipantsEditorProps {
  value: Participant[];
  onChange(next: Participant[]): void;
}

/** Rows of name + role with add/remove; empty rows are dropped by the server. */
export function ParticipantsEditor({ value, onChange }: ParticipantsEditorProps) {
  const { t } = useLocale();
  const hintId = useId();

  const update = (index: number, patch: Partial<Participant>) =>
    onChange(value.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const remove = (index: number) => onChange(value.filter((_, i) => i !== index));
  const add = () => onChange([...value, { name: '', role: '' }]);

  return (
    <fieldset className="fieldset" data-testid="participants">
      <legend>{t(eventForm.participants)}</legend>
      <p className="field__hint" id={hintId}>
        {t(eventForm.participantsHint)}
      </p>
      {value.length > 0 && (
        <ul className="participants">
          {value.map((row, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity beyond their position.
            <li key={index} className="participants__row">
              <input
                className="input"
                value={row.name}
                placeholder={t(eventForm.participantName)}
                aria-label={t(eventForm.participantNameOf(index + 1))}
                aria-describedby={hintId}
                maxLength={100}
                onChange={(event) => update(index, { name: event.target.value })}
              />
              <input
                className="input"
                value={row.role}
                placeholder={t(eventForm.participantRole)}
                aria-label={t(eventForm.participantRoleOf(index + 1))}
                maxLength={100}
                onChange={(event) => update(index, { role: event.target.value })}
              />
              <button
                type="button"
                className="button button--icon"
                onClick={() => remove(index)}
                aria-label={t(eventForm.removeParticipant(index + 1))}
                title={t(eventForm.removeParticipant(index + 1))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div>
        <button type="button" className="button button--quiet" onClick={add} data-testid="add-participant">
          {t(eventForm.addParticipant)}
        </button>
      </div>
    </fieldset>
  );
}
