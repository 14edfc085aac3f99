/**
 * What keeps a recording going while the interview runs: a screen wake lock (a sleeping laptop or phone
 * suspends the page), a "leave this page?" prompt against an accidental close, and a Web Lock on the take
 * so another tab's clean-up never finalises a recording this tab is still making.
 */
export class PageGuards {
  private wakeLock: WakeLockSentinel | null = null;
  private releaseTakeLock: (() => void) | null = null;
  private readonly onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
  private readonly onVisible = () => {
    // The browser drops a wake lock when the tab is hidden; take it again on return.
    if (document.visibilityState === 'visible' && this.engaged) void this.lockScreen();
  };
  private engaged = false;

  engage(takeId: string): void {
    if (this.engaged) return;
    this.engaged = true;
    window.addEventListener('beforeunload', this.onBeforeUnload);
    document.addEventListener('visibilitychange', this.onVisible);
    void this.lockScreen();
    if (navigator.locks) {
      void navigator.locks.request(
        takeLockName(takeId),
        () => new Promise<void>((resolve) => (this.releaseTakeLock = resolve)),
      );
    }
  }

  release(): void {
    this.engaged = false;
    window.removeEventListener('beforeunload', this.onBeforeUnload);
    document.removeEventListener('visibilitychange', this.onVisible);
    void this.wakeLock?.release().catch(() => undefined);
    this.wakeLock = null;
    this.releaseTakeLock?.();
    this.releaseTakeLock = null;
  }

  private async lockScreen(): Promise<void> {
    try {
      this.wakeLock = (await navigator.wakeLock?.request('screen')) ?? null;
    } catch {
      // Not granted (battery saver, unsupported): the recording works without it.
    }
  }
}

export function takeLockName(takeId: string): string {
  return `furikaeri-take-${takeId}`;
}
