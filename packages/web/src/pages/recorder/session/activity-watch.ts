import { LEVEL_LIMITS, toDb } from '@furikaeri/core';

/** A silent microphone for this long during an interview gets a (quiet) warning on screen. */
export const SILENCE_WARNING_MS = 15_000;
/** No audio from the capture graph for this long while recording means the browser suspended it. */
export const STALL_MS = 3_000;

export interface ActivityEvents {
  onStall(stalled: boolean): void;
  /** The tab came back to the front after `hiddenMs` in the background while recording. */
  onReturn(hiddenMs: number): void;
}

/**
 * Watches a running recording for what the user cannot see: audio no longer arriving (the browser
 * suspended the page), the tab having been in the background, a microphone that went silent.
 */
export class ActivityWatch {
  private lastChunkAt = Date.now();
  private lastSoundAt = Date.now();
  private hiddenAt: number | null = null;
  private stalled = false;
  private timer: ReturnType<typeof setInterval> | null = null;
  private readonly onVisibility = () => {
    if (document.visibilityState === 'hidden') this.hiddenAt = Date.now();
    else if (this.hiddenAt !== null) {
      const hiddenMs = Date.now() - this.hiddenAt;
      this.hiddenAt = null;
      if (hiddenMs >= 2_000) this.events.onReturn(hiddenMs);
    }
  };

  constructor(private readonly events: ActivityEvents) {}

  start(): void {
    this.lastChunkAt = Date.now();
    this.lastSoundAt = Date.now();
    document.addEventListener('visibilitychange', this.onVisibility);
    this.timer ??= setInterval(() => this.check(), 1_000);
  }

  /** Paused or stopped: no chunks are expected. */
  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.setStalled(false);
  }

  chunkArrived(): void {
    this.lastChunkAt = Date.now();
    this.setStalled(false);
  }

  /** The microphone's (channel 0) peak over the last ~50 ms. */
  level(peak: number): void {
    if (toDb(peak) > LEVEL_LIMITS.silencePeakDb) this.lastSoundAt = Date.now();
  }

  silentForMs(): number {
    return Date.now() - this.lastSoundAt;
  }

  private check(): void {
    if (Date.now() - this.lastChunkAt > STALL_MS) this.setStalled(true);
  }

  private setStalled(stalled: boolean): void {
    if (stalled === this.stalled) return;
    this.stalled = stalled;
    this.events.onStall(stalled);
  }
}
