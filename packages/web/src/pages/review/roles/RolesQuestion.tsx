import type { AnalysisMode, SpeakerRole, Transcript, TranscriptEdit } from '@furikaeri/core';
import { useEffect, useRef, useState } from 'react';
import { anyPersonalName, RememberName } from '../../../components/RememberName';
import { useLocale } from '../../../i18n/LocaleContext';
import { roleCheckText as T } from '../../../i18n/strings/role-check';
import { firstWords } from './RoleCheckPanel';

interface RolesQuestionProps {
  transcript: Transcript;
  missing: ReadonlyArray<'me' | 'asker'>;
  mode: AnalysisMode;
  busy: boolean;
  onApply(edit: TranscriptEdit): Promise<boolean>;
  /** Splits a one-speaker transcript into asker and answerer by what is said (the server guesses their roles). */
  onSplit(): void;
}

/** "Which speaker is you?" (then "which one asks?"): one click per answer, each a speaker button with its first words. */
export function RolesQuestion({ transcript, missing, mode, busy, onApply, onSplit }: RolesQuestionProps) {
  const { t } = useLocale();
  const heading = useRef<HTMLHeadingElement>(null);
  const askingMe = missing.includes('me');
  const speakers = transcript.speakers.filter((speaker) => (askingMe ? true : speaker.role !== 'me'));
  const pairOfTwo = mode === 'interview' && transcript.speakers.length === 2;
  const [remember, setRemember] = useState(true);
  const offerRemember = askingMe && anyPersonalName(speakers);

  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, []);

  const pick = async (key: string) => {
    const role: SpeakerRole = askingMe ? 'me' : 'interviewer';
    if (!(await onApply({ op: 'set-role', speaker: key, role, remember: askingMe && remember }))) return;
    // In a one-to-one interview the other person is the interviewer: one click answers both questions.
    const other = transcript.speakers.find((speaker) => speaker.key !== key);
    if (askingMe && pairOfTwo && other && other.role !== 'interviewer' && other.role !== 'moderator') {
      await onApply({ op: 'set-role', speaker: other.key, role: 'interviewer' });
    }
  };

  return (
    <section
      className="card role-check role-check--unknown"
      aria-labelledby="role-check-title"
      data-testid="roles-unknown"
    >
      <h2 id="role-check-title" ref={heading} tabIndex={-1}>
        {t(T.unknownTitle)}
      </h2>
      {transcript.speakers.length === 1 && (
        <p className="role-check__split">
          <span>{t(T.oneSpeaker)}</span>
          <button type="button" className="button" disabled={busy} onClick={onSplit} data-testid="split-speakers">
            {t(T.split)}
          </button>
        </p>
      )}
      <p className="role-check__ask">{t(askingMe ? T.askMe : T.askAsker)}</p>
      <ul className="role-check__choices">
        {speakers.map((speaker) => (
          <li key={speaker.key}>
            <button
              type="button"
              className="button role-check__choice"
              disabled={busy}
              onClick={() => void pick(speaker.key)}
              data-testid="role-pick"
              data-key={speaker.key}
            >
              <strong>{t(askingMe ? T.pickMe(speaker.label) : T.pickAsker(speaker.label))}</strong>
              <span className="role-check__first">{firstWords(transcript, speaker)}</span>
            </button>
          </li>
        ))}
      </ul>
      {offerRemember && <RememberName checked={remember} onChange={setRemember} />}
      {askingMe && pairOfTwo && <p className="meta-text">{t(T.otherBecomes)}</p>}
    </section>
  );
}
