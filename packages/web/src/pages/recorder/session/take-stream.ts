import { recorderApi } from '../../../api/recorder';
import type { ChunkSender } from '../upload/chunk-sender';
import type { TakeRecord } from '../upload/outbox';

const HEARTBEAT_MS = 15_000;

/**
 * One take's chunks on their way: numbered, placed by their byte offset in the take, and handed to the
 * outbox and its sender. While none flow (paused, microphone gone), a heartbeat tells the server the page
 * is still there, since it recovers sessions that go quiet.
 */
export class TakeStream {
  private nextSeq = 0;
  private nextOffset = 0;
  private heartbeat: ReturnType<typeof setInterval> | null = null;

  constructor(readonly sender: ChunkSender) {}

  get take(): TakeRecord {
    return this.sender.take;
  }

  push(pcm: Int16Array): Promise<void> {
    const seq = this.nextSeq;
    const offset = this.nextOffset;
    this.nextSeq += 1;
    this.nextOffset += pcm.byteLength;
    return this.sender.enqueue(seq, offset, pcm.buffer as ArrayBuffer);
  }

  /** No chunks for a while (true) or flowing again (false). */
  quiet(quiet: boolean): void {
    if (!quiet) {
      if (this.heartbeat) clearInterval(this.heartbeat);
      this.heartbeat = null;
      return;
    }
    this.heartbeat ??= setInterval(() => {
      void recorderApi.heartbeat(this.take.sessionId, true).catch(() => undefined);
    }, HEARTBEAT_MS);
  }
}
