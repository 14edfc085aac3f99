import { useAction } from '../hooks/useAction';
import { useLocale } from '../i18n/LocaleContext';
import { vaultText } from '../i18n/strings/vault';
import { useVault } from '../vault/VaultContext';

/** Locks the library now (the server drops its keys); shown only while it is open. */
export function LockButton() {
  const { t } = useLocale();
  const vault = useVault();
  const action = useAction();
  if (vault.status?.state !== 'unlocked') return null;
  return (
    <button
      type="button"
      className="button button--small lock-button"
      title={t(vaultText.lockTitle)}
      disabled={action.busy}
      onClick={() => void action.run(vault.lock)}
      data-testid="lock"
    >
      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <rect x="5" y="10.5" width="14" height="10" rx="2" />
        <path d="M8.5 10.5V7.5a3.5 3.5 0 0 1 7 0v3" fill="none" />
      </svg>
      {t(vaultText.lock)}
    </button>
  );
}
