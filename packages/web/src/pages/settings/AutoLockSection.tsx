import { useState } from 'react';
import { vaultApi } from '../../api/vault';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { Section } from '../../components/Section';
import { useAction } from '../../hooks/useAction';
import { useLocale } from '../../i18n/LocaleContext';
import { settingsText } from '../../i18n/strings/settings';
import { useVault } from '../../vault/VaultContext';
import { autoLockChoices } from './choices';

/** How long the library stays open without use; saved as soon as it is chosen. */
export function AutoLockSection() {
  const { t } = useLocale();
  const vault = useVault();
  const action = useAction();
  const [saved, setSaved] = useState(false);
  const current = vault.status?.autoLockMinutes ?? 0;

  const choose = (minutes: number) => {
    setSaved(false);
    void action.run(async () => {
      vault.setStatus(await vaultApi.setAutoLock(minutes));
      setSaved(true);
    });
  };

  return (
    <Section title={t(settingsText.autoLockTitle)} card testId="auto-lock-section">
      <Field label={t(settingsText.autoLockLabel)}>
        {(id) => (
          <select
            id={id}
            className="input"
            value={current}
            disabled={action.busy}
            onChange={(event) => choose(Number(event.target.value))}
            data-testid="auto-lock"
          >
            {autoLockChoices(current).map((minutes) => (
              <option key={minutes} value={minutes}>
                {minutes === 0 ? t(settingsText.never) : t(settingsText.minutes(minutes))}
              </option>
            ))}
          </select>
        )}
      </Field>
      <p className="field__hint">{t(settingsText.autoLockHint)}</p>
      <p className="settings__saved" role="status">
        {saved && <span data-testid="auto-lock-saved">✓ {t(settingsText.saved)}</span>}
      </p>
      <ErrorNotice error={action.error} onDismiss={action.clearError} />
    </Section>
  );
}
