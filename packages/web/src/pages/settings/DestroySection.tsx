import { type FormEvent, useId, useState } from 'react';
import { vaultApi } from '../../api/vault';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { PasswordField } from '../../components/PasswordField';
import { useAction } from '../../hooks/useAction';
import { useLocale } from '../../i18n/LocaleContext';
import { CONFIRM_WORD, settingsText } from '../../i18n/strings/settings';
import { vaultText } from '../../i18n/strings/vault';
import { href, navigate } from '../../router/routes';
import { useVault } from '../../vault/VaultContext';
import { isConfirmWord } from './choices';

/**
 * Crypto-shredding of the whole library: the passphrase proves who asks, the typed word proves they mean
 * it. Afterwards the vault is `uninitialised` and the gate shows the first-start set-up screen.
 */
export function DestroySection() {
  const { t } = useLocale();
  const vault = useVault();
  const [passphrase, setPassphrase] = useState('');
  const [word, setWord] = useState('');
  const action = useAction();
  const titleId = useId();
  const ready = passphrase !== '' && isConfirmWord(word);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    void action.run(async () => {
      const status = await vaultApi.destroy(passphrase);
      navigate(href.home());
      vault.setStatus(status, { destroyed: true });
    });
  };

  return (
    <section className="section card danger-card" aria-labelledby={titleId} data-testid="destroy-section">
      <h2 id={titleId} className="danger-card__title">
        {t(settingsText.destroyTitle)}
      </h2>
      <div className="danger-card__text">
        <p className="danger-card__lead">{t(settingsText.destroyLead)}</p>
        <p>{t(settingsText.destroyKeysFirst)}</p>
        <p>{t(settingsText.destroyAfter)}</p>
      </div>
      <form className="form danger-card__form" onSubmit={submit} noValidate>
        <PasswordField
          label={t(vaultText.passphrase)}
          value={passphrase}
          onChange={setPassphrase}
          autoComplete="current-password"
          testId="destroy-passphrase"
        />
        <Field label={t(settingsText.confirmWordLabel(t(CONFIRM_WORD)))}>
          {(id) => (
            <input
              id={id}
              className="input"
              autoComplete="off"
              spellCheck={false}
              value={word}
              onChange={(event) => setWord(event.target.value)}
              data-testid="destroy-word"
            />
          )}
        </Field>
        <ErrorNotice error={action.error} onDismiss={action.clearError} testId="destroy-error" />
        <div className="form__actions">
          <button
            type="submit"
            className="button button--danger"
            disabled={action.busy || !ready}
            data-testid="destroy-submit"
          >
            {action.busy ? t(settingsText.destroying) : t(settingsText.destroy)}
          </button>
        </div>
      </form>
    </section>
  );
}
