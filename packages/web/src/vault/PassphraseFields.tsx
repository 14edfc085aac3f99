import { assessPassphrase } from '@furikaeri/core';
import { useId, useState } from 'react';
import { PasswordField } from '../components/PasswordField';
import { useLocale } from '../i18n/LocaleContext';
import { STRENGTH_LABELS, vaultText } from '../i18n/strings/vault';

export interface PassphrasePair {
  passphrase: string;
  confirm: string;
}

interface PassphraseFieldsProps {
  label: string;
  value: PassphrasePair;
  onChange(next: PassphrasePair): void;
}

/** Ready to submit: strong enough (core's assessment, the same the server applies) and typed twice alike. */
export function passphraseReady(value: PassphrasePair): boolean {
  return assessPassphrase(value.passphrase).acceptable && value.passphrase === value.confirm;
}

/** A new passphrase, typed twice, with a strength meter and its hints. */
export function PassphraseFields({ label, value, onChange }: PassphraseFieldsProps) {
  const { t } = useLocale();
  const [visible, setVisible] = useState(false);
  const meterId = useId();
  const assessment = assessPassphrase(value.passphrase);
  const mismatch = value.confirm !== '' && value.confirm !== value.passphrase;

  return (
    <>
      <PasswordField
        label={label}
        value={value.passphrase}
        onChange={(passphrase) => onChange({ ...value, passphrase })}
        autoComplete="new-password"
        visible={visible}
        describedBy={meterId}
        testId="new-passphrase"
      />
      <div className="strength" id={meterId} aria-live="polite" data-score={assessment.score}>
        <meter className="strength__meter" min={0} max={4} low={2} high={3} optimum={4} value={assessment.score} />
        <span className="strength__label">
          {t(vaultText.strength)}: {value.passphrase ? t(STRENGTH_LABELS[assessment.score] ?? vaultText.strength) : '—'}
        </span>
        {value.passphrase && assessment.hints.length > 0 && (
          <ul className="strength__hints">
            {assessment.hints.map((hint) => (
              <li key={hint.en}>{t(hint)}</li>
            ))}
          </ul>
        )}
      </div>
      <PasswordField
        label={t(vaultText.confirm)}
        value={value.confirm}
        onChange={(confirm) => onChange({ ...value, confirm })}
        autoComplete="new-password"
        visible={visible}
        invalid={mismatch}
        testId="confirm-passphrase"
      />
      {mismatch && (
        <p className="field__error" role="alert">
          {t(vaultText.mismatch)}
        </p>
      )}
      <label className="checkbox">
        <input type="checkbox" checked={visible} onChange={(event) => setVisible(event.target.checked)} />
        <span>{t(vaultText.show)}</span>
      </label>
    </>
  );
}
