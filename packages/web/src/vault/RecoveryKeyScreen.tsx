import { useState } from 'react';
import { Notice } from '../components/Notice';
import { PageTitle } from '../components/PageTitle';
import { useLocale } from '../i18n/LocaleContext';
import { vaultText } from '../i18n/strings/vault';
import './vault.css';

interface RecoveryKeyScreenProps {
  recoveryKey: string;
  onDone(): void;
}

/** Shown once, right after setup: the only way back in without the passphrase. */
export function RecoveryKeyScreen({ recoveryKey, onDone }: RecoveryKeyScreenProps) {
  const { t } = useLocale();
  const [saved, setSaved] = useState(false);
  const [copied, setCopied] = useState(false);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(recoveryKey);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  return (
    <div className="vault-screen card" data-testid="vault-recovery-key">
      <PageTitle title={t(vaultText.recoveryTitle)} />
      <Notice tone="warning">
        <p>{t(vaultText.recoveryLead)}</p>
      </Notice>
      <div className="recovery-key">
        <span className="recovery-key__label">{t(vaultText.recoveryKey)}</span>
        <code className="recovery-key__value" data-testid="recovery-key">
          {recoveryKey}
        </code>
        <button type="button" className="button button--small" onClick={copy}>
          {copied ? t(vaultText.copied) : t(vaultText.copy)}
        </button>
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={saved}
          onChange={(event) => setSaved(event.target.checked)}
          data-testid="recovery-saved"
        />
        <span>{t(vaultText.saved)}</span>
      </label>
      <div className="form__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={!saved}
          onClick={onDone}
          data-testid="recovery-done"
        >
          {t(vaultText.openLibrary)}
        </button>
      </div>
    </div>
  );
}
