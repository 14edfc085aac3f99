import type { SpeakerRole, Transcript, TranscriptEdit } from '@furikaeri/core';
import { useState } from 'react';
import { anyPersonalName, RememberName } from '../../../components/RememberName';
import { RoleGuess } from '../../../components/RoleGuess';
import { RoleSelect } from '../../../components/RoleSelect';
import { useLocale } from '../../../i18n/LocaleContext';
import { roleCheckText as T } from '../../../i18n/strings/role-check';
import { roleGuessText } from '../../../i18n/strings/transcript-import';
import { firstWords } from './RoleCheckPanel';

interface GuessedRolesProps {
  transcript: Transcript;
  busy: boolean;
  onApply(edit: TranscriptEdit): Promise<boolean>;
}

/** Each guessed role as 「推定: 面接官」 with its evidence, a confirm button and a choice of another role. */
export function GuessedRoles({ transcript, busy, onApply }: GuessedRolesProps) {
  const { t } = useLocale();
  const guessed = transcript.speakers.filter((speaker) => speaker.guessed);
  const [remember, setRemember] = useState(true);
  // Confirming (or choosing) the user's own speaker remembers its name when the box is ticked.
  const setRole = (key: string, role: SpeakerRole) =>
    onApply({ op: 'set-role', speaker: key, role, remember: role === 'me' && remember });
  const confirmAll = async () => {
    for (const speaker of guessed) if (!(await setRole(speaker.key, speaker.role))) return;
  };
  return (
    <section className="card role-check" aria-labelledby="role-guess-title" data-testid="roles-guessed">
      <div className="role-check__header">
        <h2 id="role-guess-title">{t(T.guessedTitle)}</h2>
        {guessed.length > 1 && (
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void confirmAll()}
            data-testid="confirm-all-roles"
          >
            {t(T.confirmAll)}
          </button>
        )}
      </div>
      <p className="meta-text">{t(T.guessedLead)}</p>
      <ul className="role-check__guesses">
        {guessed.map((speaker) => (
          <li key={speaker.key} className="role-check__guess" data-testid="guessed-speaker" data-key={speaker.key}>
            <span className="role-check__name">{speaker.label}</span>
            <RoleGuess role={speaker.role} evidence={speaker.evidence} />
            <span className="role-check__first">{firstWords(transcript, speaker)}</span>
            <span className="role-check__actions">
              <button
                type="button"
                className="button button--primary button--small"
                disabled={busy}
                onClick={() => void setRole(speaker.key, speaker.role)}
                data-testid="confirm-role"
              >
                {t(roleGuessText.confirm)}
              </button>
              <RoleSelect
                value={speaker.role}
                disabled={busy}
                onChange={(role) => void setRole(speaker.key, role)}
                label={t(T.change(speaker.label))}
                testId="change-role"
              />
            </span>
          </li>
        ))}
      </ul>
      {anyPersonalName(guessed) && <RememberName checked={remember} onChange={setRemember} />}
    </section>
  );
}
