import fs from 'node:fs/promises';
import path from 'node:path';
import type { AudioWriter } from './audio-store';
import {
  encryptFrame,
  FILE_HEADER_BYTES,
  FILE_MAGIC,
  FLAG_FINAL,
  FRAME_PLAINTEXT_BYTES,
  type FrameContext,
} from './frame-format';
import type { FrameHasher, StreamSummary } from './hash-chain';
import { type PartialStream, scanPartialStream } from './partial-stream';
import type { StoreGate } from './store-gate';

/** Sealed frames appended with one gathered write (512 KiB for full frames). */
const FRAMES_PER_WRITE = 8;

/**
 * Buffers plaintext into full frames and appends them encrypted. `sync` seals what is buffered as a short
 * frame and fsyncs (the recorder's per-chunk durability); `commit` seals the FINAL frame and renames
 * the file into place, so readers never see a stream that is still being written. `resume` reopens the
 * `.partial` a crashed writer left behind, with every frame it had synced.
 *
 * Sealed frames go to the file in batches, and a batch is not awaited until the next one is due: the thread
 * pool copies one batch into the file while this thread hashes and encrypts the next, instead of the two
 * taking turns. `sync` and `commit` wait for every batch, so what they acknowledge is in the file.
 */
export class EncryptedAudioWriter implements AudioWriter {
  bytesWritten = 0;
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private frameIndex = 0;
  private closed = false;
  private directorySynced = false;
  /** Every operation runs after the previous one: frame indexes and file order can never interleave. */
  private queue: Promise<void> = Promise.resolve();
  /** Sealed frames (each as its pieces) not yet handed to the file, in frame order. */
  private batch: Buffer[] = [];
  private batchFrames = 0;
  /** The batch being written: the next one waits for it, so frames reach the file in order. */
  private writing: Promise<void> = Promise.resolve();
  /** Set by commit: the stream's hashes, for the recording's manifest. */
  summary: StreamSummary | null = null;

  private constructor(
    private readonly handle: fs.FileHandle,
    private readonly partialPath: string,
    private readonly finalPath: string,
    private readonly key: Buffer,
    private readonly context: FrameContext,
    private readonly gate: StoreGate,
    /** Fresh streams are hashed on the store's hashing thread; a resumed one goes on with its scan's chain. */
    private readonly hasher: FrameHasher,
    resumed?: PartialStream,
  ) {
    this.frameIndex = resumed?.frames ?? 0;
    this.bytesWritten = resumed?.bytes ?? 0;
    if (resumed?.pendingFinal) {
      this.pending = [resumed.pendingFinal];
      this.pendingBytes = resumed.pendingFinal.length;
      this.bytesWritten += resumed.pendingFinal.length;
    }
  }

  static async open(
    finalPath: string,
    key: Buffer,
    context: FrameContext,
    gate: StoreGate,
    hasher: FrameHasher,
  ): Promise<EncryptedAudioWriter> {
    const partialPath = `${finalPath}.partial`;
    const handle = await fs.open(partialPath, 'w', 0o600);
    await handle.write(FILE_MAGIC);
    return new EncryptedAudioWriter(handle, partialPath, finalPath, key, context, gate, hasher);
  }

  /**
   * Reopens the uncommitted stream at `finalPath` to append to it or commit it: the valid frames are kept,
   * a torn tail is cut off. Null when there is none.
   */
  static async resume(
    finalPath: string,
    key: Buffer,
    context: FrameContext,
    gate: StoreGate,
  ): Promise<EncryptedAudioWriter | null> {
    const partialPath = `${finalPath}.partial`;
    const kept = await scanPartialStream(partialPath, key, context, gate);
    if (!kept) return null;
    await fs.truncate(partialPath, kept.fileBytes);
    // Append mode: every write lands at the end of what was kept.
    const handle = await fs.open(partialPath, 'a', 0o600);
    if (kept.fileBytes < FILE_HEADER_BYTES) await handle.write(FILE_MAGIC);
    return new EncryptedAudioWriter(handle, partialPath, finalPath, key, context, gate, kept.chain, kept);
  }

  append(chunk: Uint8Array): Promise<void> {
    // Copied now: the caller may reuse its buffer as soon as this returns.
    const copy = Buffer.from(chunk);
    return this.serialised(() => this.appendNow(copy));
  }

  sync(): Promise<void> {
    return this.serialised(async () => {
      if (this.pendingBytes > 0) await this.seal(0);
      await this.flush();
      await this.handle.sync();
      if (!this.directorySynced) await this.syncDirectory();
    });
  }

  commit(): Promise<void> {
    return this.serialised(async () => {
      if (this.closed) return;
      this.closed = true;
      await this.seal(FLAG_FINAL);
      await this.flush();
      await this.handle.sync();
      await this.handle.close();
      // Before the rename: if hashing failed, the stream stays uncommitted and is resumed whole.
      this.summary = await this.hasher.summary();
      await fs.rename(this.partialPath, this.finalPath);
    });
  }

  /** Closes the file without committing: what was synced stays as an uncommitted stream for `resume`. */
  release(): Promise<void> {
    return this.closeUncommitted({ removeFile: false });
  }

  abort(): Promise<void> {
    return this.closeUncommitted({ removeFile: true });
  }

  private closeUncommitted({ removeFile }: { removeFile: boolean }): Promise<void> {
    // Not queued behind a failed write: closing must always be able to clean up.
    this.queue = this.queue.catch(() => undefined);
    return this.serialised(async () => {
      if (this.closed) return;
      this.closed = true;
      await this.discardUnwritten();
      await this.handle.close().catch(() => undefined);
      if (!removeFile) return;
      await fs.rm(this.partialPath, { force: true });
      // A recording folder that never got committed audio goes too; ENOTEMPTY means it has some.
      await fs.rmdir(path.dirname(this.partialPath)).catch(() => undefined);
    });
  }

  /** Once: the new file's directory entry, so a synced stream is found again after a power cut too. */
  private async syncDirectory(): Promise<void> {
    this.directorySynced = true;
    const directory = await fs.open(path.dirname(this.partialPath), 'r').catch(() => null);
    // Windows cannot open a directory; its file system journals the entry itself.
    await directory?.sync().catch(() => undefined);
    await directory?.close();
  }

  private serialised(operation: () => Promise<void>): Promise<void> {
    const next = this.queue.then(operation);
    this.queue = next;
    return next;
  }

  private async appendNow(chunk: Buffer): Promise<void> {
    // Read once: a frame that is the whole chunk is handed to the hashing thread, which detaches it.
    const length = chunk.byteLength;
    let offset = 0;
    while (offset < length) {
      const take = Math.min(length - offset, FRAME_PLAINTEXT_BYTES - this.pendingBytes);
      this.pending.push(chunk.subarray(offset, offset + take));
      this.pendingBytes += take;
      offset += take;
      if (this.pendingBytes === FRAME_PLAINTEXT_BYTES) await this.seal(0);
    }
    this.bytesWritten += length;
  }

  private async seal(flags: number): Promise<void> {
    // Before anything changes: a writer stopped by the lock keeps what it had and can be resumed.
    this.gate.assertOpen();
    // A frame that arrived whole is already the writer's own copy (see append).
    const plaintext =
      this.pending.length === 1 ? (this.pending[0] as Buffer) : Buffer.concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
    const index = this.frameIndex;
    this.frameIndex += 1;
    this.batch.push(...encryptFrame(this.key, this.context, index, flags, plaintext));
    this.batchFrames += 1;
    // After encrypting: the plaintext may be handed to the hashing thread without a copy.
    await this.hasher.addFrame(plaintext);
    if (this.batchFrames >= FRAMES_PER_WRITE) await this.writeBatch();
  }

  /** Hands the batch to the file once the one before is written, and returns without waiting for it. */
  private async writeBatch(): Promise<void> {
    const pieces = this.batch;
    this.batch = [];
    this.batchFrames = 0;
    await this.writing; // rethrows a failed write of the batch before
    const total = pieces.reduce((sum, piece) => sum + piece.length, 0);
    const written = this.handle.writev(pieces).then(({ bytesWritten }) => {
      // A regular file takes all of it or fails; short means the disk is full, and the writer must stop.
      if (bytesWritten !== total) throw new Error(`short write: ${bytesWritten} of ${total} bytes`);
    });
    written.catch(() => undefined); // awaited by the next batch or by flush; not an unhandled rejection
    this.writing = written;
  }

  /** Every sealed frame is in the file (not yet fsynced). */
  private async flush(): Promise<void> {
    if (this.batchFrames > 0) await this.writeBatch();
    await this.writing;
  }

  /** What was never synced goes, as in a crash; a write already under way is let finish. */
  private async discardUnwritten(): Promise<void> {
    this.hasher.discard();
    this.pending = [];
    this.batch = [];
    this.batchFrames = 0;
    await this.writing.catch(() => undefined);
  }
}
