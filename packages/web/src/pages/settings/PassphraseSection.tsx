import { type FormEvent, useState } from 'react';
import { vaultApi } from '../../api/vault';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Notice } from '../../components/Notice';
import { PasswordField } from '../../components/PasswordField';
import { Section } from '../../components/Section';
import { useAction } from '../../hooks/useAction';
import { useLocale } from '../../i18n/LocaleContext';
import { settingsText } from '../../i18n/strings/settings';
import { vaultText } from '../../i18n/strings/vault';
import { PassphraseFields, type PassphrasePair, passphraseReady } from '../../vault/PassphraseFields';

const EMPTY: PassphrasePair = { passphrase: '', confirm: '' };

/** The current passphrase, then the new one twice with the same strength meter as at set-up. */
export function PassphraseSection() {
  const { t } = useLocale();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState<PassphrasePair>(EMPTY);
  const [changed, setChanged] = useState(false);
  const action = useAction();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChanged(false);
    void action.run(async () => {
      await vaultApi.changePassphrase(current, next.passphrase);
      setCurrent('');
      setNext(EMPTY);
      setChanged(true);
    });
  };

  return (
    <Section title={t(settingsText.passphraseTitle)} card testId="passphrase-section">
      <form className="form" onSubmit={submit} noValidate>
        <PasswordField
          label={t(settingsText.currentPassphrase)}
          value={current}
          onChange={setCurrent}
          autoComplete="current-password"
          testId="current-passphrase"
        />
        <PassphraseFields label={t(vaultText.newPassphrase)} value={next} onChange={setNext} />
        <ErrorNotice error={action.error} onDismiss={action.clearError} testId="passphrase-error" />
        {changed && (
          <Notice tone="success" onDismiss={() => setChanged(false)} testId="passphrase-changed">
            <p>{t(settingsText.passphraseChanged)}</p>
          </Notice>
        )}
        <div className="form__actions">
          <button
            type="submit"
            className="button button--primary"
            disabled={action.busy || current === '' || !passphraseReady(next)}
            data-testid="change-passphrase"
          >
            {action.busy ? t(settingsText.changing) : t(settingsText.changePassphrase)}
          </button>
        </div>
      </form>
    </Section>
  );
}
