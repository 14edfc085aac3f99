import type { VaultState, VaultStatus } from '@furikaeri/core';
import type { AppContext } from '../app-context';
import type { Clock } from '../config/clock';
import { libraryLocked } from './library-locked';
import type { MasterKey } from './master-key';
import type { Vault } from './vault';

export type { VaultState, VaultStatus } from '@furikaeri/core';

/** A failed unlock costs this much on top of scrypt, which makes guessing through the API slower still. */
const FAILED_UNLOCK_DELAY_MS = 1_000;

/**
 * The library is either locked (only the vault file can be read) or unlocked (one AppContext with the
 * keys in memory). Locking closes the context and overwrites the keys; auto-lock does that after the
 * idle time the user chose.
 */
export class LibrarySession {
  private context: AppContext | null = null;
  private masterKey: MasterKey | null = null;
  private lastActivity: number;
  private timer: NodeJS.Timeout | null = null;
  private readonly listeners = new Set<(state: VaultState) => void>();

  constructor(
    readonly vault: Vault,
    private readonly openContext: (masterKey: MasterKey) => AppContext,
    private readonly clock: Clock,
    private readonly failedUnlockDelayMs = FAILED_UNLOCK_DELAY_MS,
  ) {
    this.lastActivity = clock.now().getTime();
  }

  state(): VaultState {
    if (this.context) return 'unlocked';
    return this.vault.exists() ? 'locked' : 'uninitialised';
  }

  status(): VaultStatus {
    return { state: this.state(), autoLockMinutes: this.vault.settings().autoLockMinutes };
  }

  /** The open library, or a 423 telling the page to show the unlock screen. */
  require(): AppContext {
    if (!this.context) throw libraryLocked();
    return this.context;
  }

  async setup(passphrase: string): Promise<{ recoveryKey: string }> {
    const { masterKey, recoveryKey } = await this.vault.create(passphrase);
    this.open(masterKey);
    return { recoveryKey };
  }

  async unlock(passphrase: string): Promise<void> {
    if (this.context) return;
    this.open(await this.delayFailure(() => this.vault.unlock(passphrase)));
  }

  async recover(recoveryKey: string, newPassphrase: string): Promise<void> {
    const masterKey = await this.delayFailure(() => this.vault.recover(recoveryKey, newPassphrase));
    if (this.context) masterKey.destroy();
    else this.open(masterKey);
  }

  async lock(): Promise<void> {
    const context = this.context;
    if (!context) return;
    this.context = null;
    await context.close();
    this.masterKey?.destroy();
    this.masterKey = null;
    this.emit();
  }

  /**
   * "Delete everything": the passphrase is asked again, the vault file (the only copies of the wrapped
   * master key) goes first — from then on nothing left on disk can be decrypted — then all data files.
   */
  async destroyEverything(passphrase: string): Promise<void> {
    const masterKey = await this.delayFailure(() => this.vault.unlock(passphrase));
    masterKey.destroy();
    await this.lock();
    this.vault.destroy();
    this.emit();
  }

  /** Any use of the library counts as activity for auto-lock. */
  touch(): void {
    this.lastActivity = this.clock.now().getTime();
  }

  /** Checks idleness every `intervalMs`; locks when the user's idle time has passed. */
  startAutoLock(intervalMs = 15_000): void {
    this.timer ??= setInterval(() => void this.lockIfIdle(), intervalMs);
    this.timer.unref();
  }

  async lockIfIdle(): Promise<boolean> {
    const minutes = this.vault.settings().autoLockMinutes;
    if (!this.context || minutes <= 0) return false;
    if (this.clock.now().getTime() - this.lastActivity < minutes * 60_000) return false;
    await this.lock();
    return true;
  }

  onStateChange(listener: (state: VaultState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.lock();
  }

  private open(masterKey: MasterKey): void {
    this.masterKey = masterKey;
    this.context = this.openContext(masterKey);
    this.touch();
    this.emit();
  }

  private emit(): void {
    const state = this.state();
    for (const listener of this.listeners) listener(state);
  }

  private async delayFailure<T>(attempt: () => Promise<T>): Promise<T> {
    try {
      return await attempt();
    } catch (error) {
      await new Promise((resolve) => setTimeout(resolve, this.failedUnlockDelayMs));
      throw error;
    }
  }
}
