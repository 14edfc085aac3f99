import { type FormEvent, useState } from 'react';
import { type VaultStatus, vaultApi } from '../api/vault';
import { ErrorNotice } from '../components/ErrorNotice';
import { Field } from '../components/Field';
import { PageTitle } from '../components/PageTitle';
import { useAction } from '../hooks/useAction';
import { useLocale } from '../i18n/LocaleContext';
import { vaultText } from '../i18n/strings/vault';
import { PassphraseFields, type PassphrasePair, passphraseReady } from './PassphraseFields';

interface RecoverFormProps {
  onRecovered(status: VaultStatus): void;
  onBack(): void;
}

/** Forgotten passphrase: the recovery key opens the library and a new passphrase replaces the old one. */
export function RecoverForm({ onRecovered, onBack }: RecoverFormProps) {
  const { t } = useLocale();
  const [recoveryKey, setRecoveryKey] = useState('');
  const [value, setValue] = useState<PassphrasePair>({ passphrase: '', confirm: '' });
  const action = useAction();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action.run(async () => onRecovered(await vaultApi.recover(recoveryKey, value.passphrase)));
  };

  return (
    <div className="vault-screen card" data-testid="vault-recover">
      <PageTitle title={t(vaultText.recoverTitle)} lead={<p>{t(vaultText.recoverLead)}</p>} />
      <form className="form" onSubmit={submit} noValidate>
        <Field label={t(vaultText.recoveryKey)}>
          {(id) => (
            <input
              id={id}
              className="input input--mono"
              autoComplete="off"
              spellCheck={false}
              placeholder="XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"
              value={recoveryKey}
              onChange={(event) => setRecoveryKey(event.target.value)}
              data-testid="recover-key"
            />
          )}
        </Field>
        <PassphraseFields label={t(vaultText.newPassphrase)} value={value} onChange={setValue} />
        <ErrorNotice error={action.error} onDismiss={action.clearError} />
        <div className="form__actions vault-screen__actions">
          <button
            type="submit"
            className="button button--primary"
            disabled={action.busy || recoveryKey.trim() === '' || !passphraseReady(value)}
            data-testid="recover-submit"
          >
            {action.busy ? t(vaultText.checking) : t(vaultText.recover)}
          </button>
          <button type="button" className="button button--quiet" onClick={onBack}>
            {t(vaultText.backToUnlock)}
          </button>
        </div>
      </form>
    </div>
  );
}
