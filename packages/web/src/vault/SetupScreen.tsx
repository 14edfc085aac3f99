import { type FormEvent, useState } from 'react';
import { vaultApi } from '../api/vault';
import { ErrorNotice } from '../components/ErrorNotice';
import { Notice } from '../components/Notice';
import { PageTitle } from '../components/PageTitle';
import { useAction } from '../hooks/useAction';
import { useLocale } from '../i18n/LocaleContext';
import { vaultText } from '../i18n/strings/vault';
import { PassphraseFields, type PassphrasePair, passphraseReady } from './PassphraseFields';
import './vault.css';

interface SetupScreenProps {
  /** Shown right after "delete everything", which ends here. */
  destroyed?: boolean;
  onCreated(recoveryKey: string): void;
}

/** First start: choose the passphrase that encrypts the library. */
export function SetupScreen({ destroyed, onCreated }: SetupScreenProps) {
  const { t } = useLocale();
  const [value, setValue] = useState<PassphrasePair>({ passphrase: '', confirm: '' });
  const action = useAction();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action.run(async () => {
      const { recoveryKey } = await vaultApi.setup(value.passphrase);
      onCreated(recoveryKey);
    });
  };

  return (
    <div className="vault-screen card" data-testid="vault-setup">
      {destroyed && (
        <Notice tone="success" testId="vault-destroyed">
          <p>{t(vaultText.destroyed)}</p>
        </Notice>
      )}
      <PageTitle title={t(vaultText.setupTitle)} lead={<p>{t(vaultText.setupLead)}</p>} />
      <form className="form" onSubmit={submit} noValidate>
        <PassphraseFields label={t(vaultText.passphrase)} value={value} onChange={setValue} />
        <p className="field__hint">{t(vaultText.setupNote)}</p>
        <ErrorNotice error={action.error} onDismiss={action.clearError} />
        <div className="form__actions">
          <button
            type="submit"
            className="button button--primary"
            disabled={action.busy || !passphraseReady(value)}
            data-testid="vault-create"
          >
            {action.busy ? t(vaultText.creating) : t(vaultText.create)}
          </button>
        </div>
      </form>
    </div>
  );
}
