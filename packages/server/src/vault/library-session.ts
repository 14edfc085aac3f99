import type { VaultState, VaultStatus } from '@furikaeri/core';
import type { AppContext } from '../app-context';
import type { Clock } from '../config/clock';
import { libraryLocked, libraryStillClosing } from './library-locked';
import type { MasterKey } from './master-key';
import type { Vault } from './vault';

export type { VaultState, VaultStatus } from '@furikaeri/core';

/** A failed unlock costs this much on top of scrypt, which makes guessing through the API slower still. */
const FAILED_UNLOCK_DELAY_MS = 1_000;
/** How long an unlock waits for a lock that is still closing (it takes about a second) before it is refused. */
const CLOSING_WAIT_MS = 5_000;

/**
 * The library is either locked (only the vault file can be read) or unlocked (one AppContext with the
 * keys in memory). Locking closes the context and overwrites the keys; auto-lock does that after the
 * idle time the user chose. Never two contexts: an unlock waits until a closing one is gone.
 */
export class LibrarySession {
  private context: AppContext | null = null;
  /** The lock in progress: its context is no longer served but may still be stopping its jobs. */
  private closing: Promise<void> | null = null;
  private masterKey: MasterKey | null = null;
  private lastActivity: number;
  private timer: NodeJS.Timeout | null = null;
  private readonly listeners = new Set<(state: VaultState) => void>();

  constructor(
    readonly vault: Vault,
    private readonly openContext: (masterKey: MasterKey) => AppContext,
    private readonly clock: Clock,
    private readonly failedUnlockDelayMs = FAILED_UNLOCK_DELAY_MS,
    private readonly closingWaitMs = CLOSING_WAIT_MS,
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
    await this.closed();
    const { masterKey, recoveryKey } = await this.vault.create(passphrase);
    this.open(masterKey);
    return { recoveryKey };
  }

  async unlock(passphrase: string): Promise<void> {
    await this.closed();
    if (this.context) return;
    this.open(await this.delayFailure(() => this.vault.unlock(passphrase)));
  }

  async recover(recoveryKey: string, newPassphrase: string): Promise<void> {
    await this.closed();
    this.open(await this.delayFailure(() => this.vault.recover(recoveryKey, newPassphrase)));
  }

  /**
   * Stops serving the library at once, zeroes the master key, then closes the context: running jobs are
   * aborted and handed back to the queue (the worker waits under a second for them), the store and the
   * database close, the derived keys are zeroed. A second lock meanwhile waits for the same close.
   */
  async lock(): Promise<void> {
    const context = this.context;
    if (!context) return this.closing ?? undefined;
    this.context = null;
    this.masterKey?.destroy();
    this.masterKey = null;
    const closing = context.close().finally(() => {
      if (this.closing === closing) this.closing = null;
    });
    this.closing = closing;
    this.emit();
    await closing;
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

  /** Waits for a lock still closing; refuses when it takes longer than a close should (a job that hangs). */
  private async closed(): Promise<void> {
    const closing = this.closing;
    if (!closing) return;
    let timer: NodeJS.Timeout | undefined;
    const tooLong = new Promise<'too-long'>((resolve) => {
      timer = setTimeout(() => resolve('too-long'), this.closingWaitMs);
    });
    const outcome = await Promise.race([
      closing.then(
        () => 'closed' as const,
        () => 'closed' as const,
      ),
      tooLong,
    ]);
    clearTimeout(timer);
    if (outcome === 'too-long') throw libraryStillClosing();
  }

  /** A second unlock that finished its key derivation while the first one opened the library keeps the first. */
  private open(masterKey: MasterKey): void {
    if (this.context || this.closing) {
      masterKey.destroy();
      if (this.context) return;
      throw libraryStillClosing();
    }
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
