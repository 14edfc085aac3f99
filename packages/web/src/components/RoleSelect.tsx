import { SPEAKER_ROLES, type SpeakerRole } from '@furikaeri/core';
import { useLocale } from '../i18n/LocaleContext';
import { SPEAKER_ROLE_LABELS } from '../i18n/strings/review';

interface RoleSelectProps {
  value: SpeakerRole;
  label: string;
  disabled?: boolean;
  className?: string;
  testId: string;
  onChange(role: SpeakerRole): void;
}

/** A speaker's role (面接官, 自分, 他の候補者, 司会・進行, 未設定), named for assistive technology. */
export function RoleSelect({ value, label, disabled, className, testId, onChange }: RoleSelectProps) {
  const { t } = useLocale();
  return (
    <select
      className={`input${className ? ` ${className}` : ''}`}
      value={value}
      disabled={disabled}
      onChange={(event) => onChange(event.target.value as SpeakerRole)}
      aria-label={label}
      data-testid={testId}
    >
      {SPEAKER_ROLES.map((role) => (
        <option key={role} value={role}>
          {t(SPEAKER_ROLE_LABELS[role])}
        </option>
      ))}
    </select>
  );
}
