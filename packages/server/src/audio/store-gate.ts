import { libraryLocked } from '../vault/library-locked';

/**
 * Whether the audio store may still use its data keys. Locking overwrites the keys in memory (zeros, in
 * place), so a stream that is still running at that moment — a playback, an upload — would otherwise
 * seal frames with a zeroed key (unreadable later) or fail to open frames and report them as tampered.
 * Writers, readers and journal scans ask the gate before every frame and stop with a clean 423 instead.
 */
export class StoreGate {
  private closed = false;

  close(): void {
    this.closed = true;
  }

  assertOpen(): void {
    if (this.closed) throw libraryLocked();
  }
}
