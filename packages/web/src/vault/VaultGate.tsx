import { type ReactNode, useState } from 'react';
import { LoadState } from '../components/LoadState';
import { RecoveryKeyScreen } from './RecoveryKeyScreen';
import { SetupScreen } from './SetupScreen';
import { UnlockScreen } from './UnlockScreen';
import { useVault } from './VaultContext';

/**
 * Shows the library only while the vault is unlocked: the first visit creates it (and shows the
 * recovery key once), later visits ask for the passphrase.
 */
export function VaultGate({ children }: { children: ReactNode }) {
  const vault = useVault();
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);

  if (recoveryKey) return <RecoveryKeyScreen recoveryKey={recoveryKey} onDone={() => setRecoveryKey(null)} />;
  if (!vault.status) return <LoadState error={vault.error} onRetry={vault.refresh} />;
  switch (vault.status.state) {
    case 'uninitialised':
      return (
        <SetupScreen
          destroyed={vault.destroyed}
          onCreated={(key) => {
            setRecoveryKey(key);
            void vault.refresh();
          }}
        />
      );
    case 'locked':
      return <UnlockScreen autoLockMinutes={vault.status.autoLockMinutes} onUnlocked={vault.setStatus} />;
    default:
      return children;
  }
}
