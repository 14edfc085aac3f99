import type { ApiError } from '../../../api/errors';
import { recorderApi } from '../../../api/recorder';
import type { ChunkRecord, Outbox, TakeRecord } from './outbox';
import { faultOf, RETRY_MS, type SendFault } from './send-fault';

export interface SenderStatus {
  /** Audio of this take the server has on disk. */
  savedMs: number;
  /** Chunks captured but not acknowledged (in IndexedDB). */
  pendingChunks: number;
  fault: SendFault | null;
  faultSince: number | null;
}

export interface SenderEvents {
  onStatus(status: SenderStatus): void;
  /**
   * The server saved the session before the page was done (it restarted and nobody sent in time, or it had
   * to give up on it). Return the session that continues the take, or null to drop what is left.
   */
  onSessionClosed(take: TakeRecord, nextTakeOffset: number): Promise<{ sessionId: string } | null>;
}

/**
 * Sends a take's chunks from the outbox, oldest first, one at a time, and deletes each once acknowledged.
 * It never gives up on audio: faults are reported and retried until the chunks are on the server's disk.
 */
export class ChunkSender {
  private running = false;
  private closed = false;
  private sessionSavedMs = 0;
  private pending = 0;
  private fault: SendFault | null = null;
  private faultSince: number | null = null;
  private idleWaiters: (() => void)[] = [];
  /** The next chunk the page will capture, where a continued take starts when nothing is waiting. */
  private nextSeq = 0;
  private nextOffset = 0;

  constructor(
    private readonly outbox: Outbox,
    public take: TakeRecord,
    private readonly events: SenderEvents,
  ) {}

  /** Picks up what an earlier page left in the outbox. */
  async restore(): Promise<void> {
    this.pending = await this.outbox.countChunks(this.take.takeId);
    this.kick();
  }

  async enqueue(seq: number, offset: number, pcm: ArrayBuffer): Promise<void> {
    this.nextSeq = seq + 1;
    this.nextOffset = offset + pcm.byteLength;
    await this.outbox.putChunk({ takeId: this.take.takeId, seq, offset, pcm });
    this.pending += 1;
    this.report();
    this.kick();
  }

  async addBookmark(offsetMs: number): Promise<void> {
    this.take = { ...this.take, bookmarks: [...this.take.bookmarks, offsetMs] };
    await this.outbox.putTake(this.take);
    this.kick();
  }

  /** Resolves when every chunk and bookmark so far is acknowledged, or sending ended for good (`ended`). */
  whenIdle(): Promise<void> {
    if (!this.running && (this.closed || this.idle())) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Sending stopped for good: the session was closed and the rest dropped, or it no longer exists. */
  get ended(): boolean {
    return this.closed;
  }

  private idle(): boolean {
    return this.pending === 0 && this.take.bookmarks.length === 0;
  }

  close(): void {
    this.closed = true;
  }

  status(): SenderStatus {
    return {
      savedMs: this.take.savedBeforeMs + this.sessionSavedMs,
      pendingChunks: this.pending,
      fault: this.fault,
      faultSince: this.faultSince,
    };
  }

  private kick(): void {
    if (this.running || this.closed) return;
    this.running = true;
    void this.pump().finally(() => {
      this.running = false;
      if (this.closed || this.idle()) for (const done of this.idleWaiters.splice(0)) done();
    });
  }

  private async pump(): Promise<void> {
    while (!this.closed) {
      const chunk = await this.outbox.firstChunk(this.take.takeId);
      const step = chunk ? await this.sendChunk(chunk) : await this.sendBookmark();
      if (step === 'idle') return;
      if (step === 'stop') {
        this.closed = true;
        return;
      }
      if (step === 'retry' && this.fault) await sleep(RETRY_MS[this.fault.kind]);
    }
  }

  private async sendChunk(chunk: ChunkRecord): Promise<'next' | 'retry' | 'stop'> {
    const { take } = this;
    const outcome = await recorderApi.putChunk(
      take.sessionId,
      chunk.seq - take.base,
      chunk.offset - take.baseOffset,
      chunk.pcm,
    );
    if (outcome.ok) {
      this.sessionSavedMs = outcome.ack.savedMs;
      await this.outbox.deleteChunksBelow(take.takeId, chunk.seq + 1);
      this.pending = Math.max(0, this.pending - 1);
      this.setFault(null);
      return 'next';
    }
    const { error } = outcome;
    // Saved already, or missing audio the server cannot get back: what follows goes to a new recording.
    if (error.code === 'session_closed' || error.code === 'chunk_gap') {
      return (await this.continueTake(error)) ? 'next' : 'stop';
    }
    if (error.code === 'not_found') {
      this.setFault({ kind: 'rejected', error });
      return 'stop';
    }
    this.setFault(faultOf(error));
    return 'retry';
  }

  private async sendBookmark(): Promise<'next' | 'retry' | 'idle'> {
    const [offsetMs, ...rest] = this.take.bookmarks;
    if (offsetMs === undefined) return 'idle';
    try {
      // Offsets count from the start of the take; a continued take's recording starts later.
      await recorderApi.bookmark(this.take.sessionId, Math.max(0, Math.round(offsetMs - this.take.savedBeforeMs)));
    } catch (error) {
      this.setFault(faultOf(error as ApiError));
      return 'retry';
    }
    this.take = { ...this.take, bookmarks: rest };
    await this.outbox.putTake(this.take);
    return 'next';
  }

  private async continueTake(error: ApiError): Promise<boolean> {
    const saved = error.details.savedBytes ?? error.details.storedBytes;
    // Audio up to here is in the saved recording (a gap: in the recording the server keeps).
    const nextOffset = this.take.baseOffset + (typeof saved === 'number' ? saved : 0);
    const next = await this.events.onSessionClosed(this.take, nextOffset);
    if (!next) return false;
    const first = await this.outbox.firstChunkFrom(this.take.takeId, nextOffset);
    this.pending = await this.outbox.countChunks(this.take.takeId);
    this.take = {
      ...this.take,
      sessionId: next.sessionId,
      base: first?.seq ?? this.nextSeq,
      baseOffset: first?.offset ?? this.nextOffset,
      savedBeforeMs: this.take.savedBeforeMs + this.sessionSavedMs,
    };
    this.sessionSavedMs = 0;
    await this.outbox.putTake(this.take);
    return true;
  }

  private setFault(fault: SendFault | null): void {
    if (fault === null) this.faultSince = null;
    else if (this.fault === null) this.faultSince = Date.now();
    this.fault = fault;
    this.report();
  }

  private report(): void {
    this.events.onStatus(this.status());
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
