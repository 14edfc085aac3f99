import type { Message, SpeakerRole } from '@furikaeri/core';
import { useLocale } from '../i18n/LocaleContext';
import { SPEAKER_ROLE_LABELS } from '../i18n/strings/review';
import { roleGuessText } from '../i18n/strings/transcript-import';
import { Badge } from './Badge';
import './RoleGuess.css';

interface RoleGuessProps {
  role: SpeakerRole;
  /** Why it was guessed, in both languages ("asked 7 questions"); shown in the user's. */
  evidence?: readonly Message[];
  testId?: string;
}

/** 「推定: 面接官」 — a role the app guessed, never shown as if the user had chosen it; why, on expanding. */
export function RoleGuess({ role, evidence, testId }: RoleGuessProps) {
  const { t } = useLocale();
  return (
    <span className="role-guess" data-testid={testId ?? 'role-guess'}>
      <Badge tone="warning">{t(roleGuessText.guessed(t(SPEAKER_ROLE_LABELS[role])))}</Badge>
      {evidence && evidence.length > 0 && (
        <details className="role-guess__evidence">
          <summary>{t(roleGuessText.evidence)}</summary>
          <ul>
            {evidence.map((line) => (
              <li key={line.en}>{t(line)}</li>
            ))}
          </ul>
        </details>
      )}
    </span>
  );
}
