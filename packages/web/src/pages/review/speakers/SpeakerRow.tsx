import type { TranscriptEdit, TranscriptSpeaker } from '@furikaeri/core';
import { type CSSProperties, useEffect, useState } from 'react';
import { RoleGuess } from '../../../components/RoleGuess';
import { RoleSelect } from '../../../components/RoleSelect';
import { useLocale } from '../../../i18n/LocaleContext';
import { editText } from '../../../i18n/strings/review';

interface SpeakerRowProps {
  speaker: TranscriptSpeaker;
  colour: string;
  busy: boolean;
  onApply(edit: TranscriptEdit): Promise<boolean>;
}

/** A speaker's name (saved on Enter or when leaving the field) and role (saved on change). */
export function SpeakerRow({ speaker, colour, busy, onApply }: SpeakerRowProps) {
  const { t } = useLocale();
  const [label, setLabel] = useState(speaker.label);
  useEffect(() => setLabel(speaker.label), [speaker.label]);

  const commit = () => {
    const trimmed = label.trim();
    if (trimmed === '' || trimmed === speaker.label) {
      setLabel(speaker.label);
      return;
    }
    void onApply({ op: 'rename-speaker', speaker: speaker.key, label: trimmed });
  };

  return (
    <li
      className="speaker-row"
      style={{ '--speaker': colour } as CSSProperties}
      data-testid="speaker-row"
      data-key={speaker.key}
    >
      <span className="speaker-row__swatch" aria-hidden="true" />
      <input
        className="input speaker-row__name"
        value={label}
        maxLength={40}
        onChange={(event) => setLabel(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            commit();
          } else if (event.key === 'Escape') {
            setLabel(speaker.label);
          }
        }}
        aria-label={t(editText.speakerName(speaker.key))}
        data-testid="speaker-name"
      />
      <RoleSelect
        className="speaker-row__role"
        value={speaker.role}
        disabled={busy}
        onChange={(role) => void onApply({ op: 'set-role', speaker: speaker.key, role })}
        label={t(editText.speakerRole(speaker.label))}
        testId="speaker-role"
      />
      {speaker.guessed && <RoleGuess role={speaker.role} evidence={speaker.evidence} testId="speaker-role-guess" />}
    </li>
  );
}
