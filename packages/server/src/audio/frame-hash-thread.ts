import { Worker } from 'node:worker_threads';
import { chainNext, chainStart, type FrameHasher, type StreamSummary } from './hash-chain';

/** Frames a stream may have sent ahead of the worker (4 MiB of full frames) before the writer waits. */
const MAX_FRAMES_AHEAD = 64;

type WorkerReply =
  | { stream: number; hashed: number; frameHashes?: undefined }
  | { stream: number; hashed: number; bytes: number; sha256: string; frameHashes: ArrayBuffer };

interface StreamState {
  hashed: number;
  /** Resolved once the worker has hashed up to `until` frames. */
  room: { until: number; resolve: () => void } | null;
  finished: { resolve: (reply: WorkerReply) => void; reject: (error: Error) => void } | null;
}

/**
 * One worker thread per audio store that hashes the frames of the streams being written (see
 * frame-hash-worker.mjs): the SHA-256 passes of the evidence chain then run on a second core while this
 * thread encrypts and the thread pool writes. Started with the first stream; it does not keep the process
 * alive while idle. If it fails, every stream hashed there fails: their writers stop with an error, and
 * what they had synced is resumed (and hashed again) on this thread.
 */
export class FrameHashThread {
  private worker: Worker | null = null;
  private failure: Error | null = null;
  private nextStream = 1;
  private readonly streams = new Map<number, StreamState>();

  open(recordingId: string, kind: string): FrameHasher {
    return new OffThreadChain(this, this.nextStream++, recordingId, kind);
  }

  /** Stops the worker; streams still open fail. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.fail(new Error('frame hashing closed'));
    if (worker) await worker.terminate();
  }

  send(stream: number, frame: ArrayBuffer): void {
    this.running().postMessage({ stream, frame }, [frame]);
    if (!this.streams.has(stream)) this.streams.set(stream, { hashed: 0, room: null, finished: null });
  }

  /** Resolves once the worker has hashed the stream's first `until` frames. */
  roomFor(stream: number, until: number): Promise<void> {
    const state = this.streams.get(stream);
    if (this.failure) return Promise.reject(this.failure);
    if (!state || state.hashed >= until) return Promise.resolve();
    return new Promise((resolve) => {
      state.room = { until, resolve };
      this.worker?.ref();
    });
  }

  finish(stream: number): Promise<WorkerReply> {
    const worker = this.running();
    const state = this.streams.get(stream) ?? { hashed: 0, room: null, finished: null };
    this.streams.set(stream, state);
    return new Promise((resolve, reject) => {
      state.finished = { resolve, reject };
      worker.ref();
      worker.postMessage({ stream, finish: true });
    });
  }

  drop(stream: number): void {
    this.streams.delete(stream);
    this.worker?.postMessage({ stream, drop: true });
    this.unrefWhenIdle();
  }

  private running(): Worker {
    if (this.failure) throw this.failure;
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./frame-hash-worker.mjs', import.meta.url));
    worker.unref();
    worker.on('message', (reply: WorkerReply) => this.receive(reply));
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', (code) => this.fail(new Error(`frame hashing worker exited (${code})`)));
    this.worker = worker;
    return worker;
  }

  private receive(reply: WorkerReply): void {
    const state = this.streams.get(reply.stream);
    if (!state) return;
    state.hashed = reply.hashed;
    if (state.room && state.hashed >= state.room.until) {
      state.room.resolve();
      state.room = null;
    }
    if (reply.frameHashes && state.finished) {
      this.streams.delete(reply.stream);
      state.finished.resolve(reply);
    }
    this.unrefWhenIdle();
  }

  private unrefWhenIdle(): void {
    const waiting = [...this.streams.values()].some((state) => state.room || state.finished);
    if (!waiting) this.worker?.unref();
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const state of this.streams.values()) {
      state.room?.resolve(); // the next send or finish reports the failure
      state.finished?.reject(this.failure);
    }
    this.streams.clear();
    this.worker = null;
  }
}

/** A stream's chain as the worker computes it; the links themselves (one tiny hash each) are chained here. */
class OffThreadChain implements FrameHasher {
  private sent = 0;

  constructor(
    private readonly thread: FrameHashThread,
    private readonly stream: number,
    private readonly recordingId: string,
    private readonly kind: string,
  ) {}

  addFrame(plaintext: Buffer): Promise<void> {
    this.thread.send(this.stream, ownArrayBuffer(plaintext));
    this.sent += 1;
    return this.thread.roomFor(this.stream, this.sent - MAX_FRAMES_AHEAD);
  }

  async summary(): Promise<StreamSummary> {
    const reply = await this.thread.finish(this.stream);
    if (!reply.frameHashes) throw new Error('frame hashing replied without hashes');
    const all = Buffer.from(reply.frameHashes);
    const frameHashes: string[] = [];
    let link = chainStart(this.recordingId, this.kind);
    for (let at = 0; at < all.length; at += 32) {
      const frameHash = all.subarray(at, at + 32);
      link = chainNext(link, frameHash);
      frameHashes.push(frameHash.toString('hex'));
    }
    return {
      bytes: reply.bytes,
      frames: frameHashes.length,
      sha256: reply.sha256,
      chainHead: link.toString('hex'),
      frameHashes,
    };
  }

  discard(): void {
    this.thread.drop(this.stream);
  }
}

/** The plaintext's memory, handed to the worker without a copy when the frame has it to itself. */
function ownArrayBuffer(plaintext: Buffer): ArrayBuffer {
  const { buffer } = plaintext;
  const alone = plaintext.length > 0 && plaintext.byteOffset === 0 && buffer.byteLength === plaintext.length;
  if (alone && buffer instanceof ArrayBuffer) return buffer;
  return new Uint8Array(plaintext).buffer;
}
