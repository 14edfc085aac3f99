import { isPersonalName } from '@furikaeri/core';
import { useLocale } from '../i18n/LocaleContext';
import { ownNamesText as T } from '../i18n/strings/own-names';
import './RememberName.css';

interface RememberNameProps {
  checked: boolean;
  onChange(checked: boolean): void;
}

/** Whether any of these speakers has a name worth remembering (not "Speaker 3", "話者2" or a title). */
export const anyPersonalName = (speakers: ReadonlyArray<{ label: string }>): boolean =>
  speakers.some((speaker) => isPersonalName(speaker.label));

/** 「この名前を覚える」: the speaker the user picks as themselves is guessed as them in later transcripts. */
export function RememberName({ checked, onChange }: RememberNameProps) {
  const { t } = useLocale();
  return (
    <div className="remember-name">
      <label className="checkbox">
        <input
          type="checkbox"
          checked={checked}
          onChange={(event) => onChange(event.target.checked)}
          data-testid="remember-name"
        />
        <span>{t(T.remember)}</span>
      </label>
      <p className="meta-text">{t(T.rememberHint)}</p>
    </div>
  );
}
