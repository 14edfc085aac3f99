import { type FormEvent, useState } from 'react';
import { type VaultStatus, vaultApi } from '../api/vault';
import { ErrorNotice } from '../components/ErrorNotice';
import { PageTitle } from '../components/PageTitle';
import { useAction } from '../hooks/useAction';
import { useLocale } from '../i18n/LocaleContext';
import { vaultText } from '../i18n/strings/vault';
import { RecoverForm } from './RecoverForm';
import './vault.css';
import { PasswordField } from '../components/PasswordField';

interface UnlockScreenProps {
  autoLockMinutes: number;
  onUnlocked(status: VaultStatus): void;
}

/** The library is locked: the passphrase opens it, or the recovery key when it is forgotten. */
export function UnlockScreen({ autoLockMinutes, onUnlocked }: UnlockScreenProps) {
  const { t } = useLocale();
  const [passphrase, setPassphrase] = useState('');
  const [recovering, setRecovering] = useState(false);
  const action = useAction();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action.run(async () => onUnlocked(await vaultApi.unlock(passphrase)));
  };

  if (recovering) return <RecoverForm onRecovered={onUnlocked} onBack={() => setRecovering(false)} />;
  return (
    <div className="vault-screen card" data-testid="vault-unlock">
      <PageTitle title={t(vaultText.unlockTitle)} lead={<p>{t(vaultText.unlockLead)}</p>} />
      <form className="form" onSubmit={submit} noValidate>
        <PasswordField
          label={t(vaultText.passphrase)}
          value={passphrase}
          onChange={setPassphrase}
          autoComplete="current-password"
          testId="unlock-passphrase"
        />
        <ErrorNotice error={action.error} onDismiss={action.clearError} testId="unlock-error" />
        <div className="form__actions vault-screen__actions">
          <button
            type="submit"
            className="button button--primary"
            disabled={action.busy || passphrase === ''}
            data-testid="unlock-submit"
          >
            {action.busy ? t(vaultText.checking) : t(vaultText.unlock)}
          </button>
          <button type="button" className="button button--quiet" onClick={() => setRecovering(true)}>
            {t(vaultText.forgot)}
          </button>
        </div>
        {autoLockMinutes > 0 && <p className="field__hint">{t(vaultText.autoLock(autoLockMinutes))}</p>}
      </form>
    </div>
  );
}
