import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { AppError } from '@furikaeri/core';
import type { AudioKeyRing } from './audio-key-ring';
import type { AudioKind, AudioStore, AudioWriter, ByteRange, StreamIntegrity } from './audio-store';
import { EncryptedAudioWriter } from './encrypted-audio-writer';
import { decryptFrame, FrameAuthenticationError, type FrameContext } from './frame-format';
import { FrameHashThread } from './frame-hash-thread';
import { buildFrameIndex, type FrameIndex, frameAt } from './frame-index';
import { HashChain } from './hash-chain';
import { StoreGate } from './store-gate';
import { storedFrames } from './stored-frames';

const SAFE_ID = /^[a-z]{2,4}_[0-9a-z]{8,32}$/;
const INDEX_CACHE_SIZE = 32;

/**
 * Audio at rest as authenticated AES-256-GCM frames (see frame-format.ts), one data key per recording.
 * Plaintext exists only in memory while streaming, and in a 0600 temp file while ffmpeg needs one.
 */
export class EncryptedAudioStore implements AudioStore {
  private readonly indexes = new Map<string, { stamp: string; index: FrameIndex }>();
  private readonly gate = new StoreGate();
  private readonly hashing = new FrameHashThread();

  constructor(
    private readonly root: string,
    private readonly tmpDir: string,
    private readonly keys: AudioKeyRing,
  ) {}

  close(): void {
    this.gate.close();
    void this.hashing.close();
  }

  /** The recording's data key, while the library is open. */
  private keyFor(recordingId: string): Buffer {
    this.gate.assertOpen();
    return this.keys.keyFor(recordingId);
  }

  private file(recordingId: string, kind: AudioKind): string {
    if (!SAFE_ID.test(recordingId)) throw new Error(`invalid recording id: ${recordingId}`);
    return path.join(this.root, recordingId, `${kind}.fka`);
  }

  async createWriter(recordingId: string, kind: AudioKind): Promise<AudioWriter> {
    const finalPath = this.file(recordingId, kind);
    await fs.mkdir(path.dirname(finalPath), { recursive: true, mode: 0o700 });
    const key = this.keyFor(recordingId);
    const hasher = this.hashing.open(recordingId, kind);
    return EncryptedAudioWriter.open(finalPath, key, { recordingId, kind }, this.gate, hasher);
  }

  async resumeWriter(recordingId: string, kind: AudioKind): Promise<AudioWriter | null> {
    const finalPath = this.file(recordingId, kind);
    return EncryptedAudioWriter.resume(finalPath, this.keyFor(recordingId), { recordingId, kind }, this.gate);
  }

  async deleteStream(recordingId: string, kind: AudioKind): Promise<void> {
    const finalPath = this.file(recordingId, kind);
    await fs.rm(finalPath, { force: true });
    await fs.rm(`${finalPath}.partial`, { force: true });
    this.indexes.delete(`${recordingId}/${kind}`);
  }

  async size(recordingId: string, kind: AudioKind): Promise<number | null> {
    const index = await this.index(recordingId, kind);
    return index?.plaintextBytes ?? null;
  }

  createReadStream(recordingId: string, kind: AudioKind, range?: ByteRange): Readable {
    return Readable.from(this.decrypted(recordingId, kind, range));
  }

  private async *decrypted(recordingId: string, kind: AudioKind, range?: ByteRange): AsyncGenerator<Buffer> {
    const index = await this.index(recordingId, kind);
    if (!index) throw new AppError('not_found', { ja: '音声ファイルがありません', en: 'Audio file missing' });
    const start = range?.start ?? 0;
    const end = Math.min(range?.end ?? index.plaintextBytes - 1, index.plaintextBytes - 1);
    if (end < start) return;
    const key = this.keyFor(recordingId);
    const context: FrameContext = { recordingId, kind };
    const handle = await fs.open(this.file(recordingId, kind), 'r');
    try {
      for await (const { number, entry, bytes } of storedFrames(
        handle,
        index,
        frameAt(index, start),
        frameAt(index, end),
      )) {
        this.gate.assertOpen();
        const plaintext = decryptOrReport(key, context, number, bytes);
        const from = Math.max(0, start - entry.plaintextOffset);
        const to = Math.min(entry.plaintextLength, end - entry.plaintextOffset + 1);
        yield plaintext.subarray(from, to);
      }
    } finally {
      await handle.close();
    }
  }

  async withPlaintextFile<T>(recordingId: string, kind: AudioKind, use: (filePath: string) => Promise<T>): Promise<T> {
    await fs.mkdir(this.tmpDir, { recursive: true, mode: 0o700 });
    const temporary = path.join(this.tmpDir, `${randomBytes(8).toString('hex')}.tmp`);
    try {
      const handle = await fs.open(temporary, 'w', 0o600);
      try {
        for await (const chunk of this.decrypted(recordingId, kind)) await handle.write(chunk);
      } finally {
        await handle.close();
      }
      return await use(temporary);
    } finally {
      await fs.rm(temporary, { force: true });
    }
  }

  async deleteRecording(recordingId: string): Promise<void> {
    this.keys.forget(recordingId);
    await fs.rm(path.dirname(this.file(recordingId, 'original')), { recursive: true, force: true });
    for (const key of this.indexes.keys()) if (key.startsWith(`${recordingId}/`)) this.indexes.delete(key);
  }

  /** Decrypts every frame and reports which fail; the others stay readable. */
  async verify(recordingId: string, kind: AudioKind): Promise<StreamIntegrity | null> {
    const index = await this.index(recordingId, kind);
    if (!index) return null;
    const key = this.keyFor(recordingId);
    const badFrames: number[] = [];
    const chain = new HashChain(recordingId, kind);
    const handle = await fs.open(this.file(recordingId, kind), 'r');
    try {
      for await (const { number, bytes } of storedFrames(handle, index, 0, index.frames.length - 1)) {
        this.gate.assertOpen();
        try {
          chain.addFrame(decryptFrame(key, { recordingId, kind }, number, bytes));
        } catch {
          badFrames.push(number);
        }
      }
    } finally {
      await handle.close();
    }
    return {
      frames: index.frames.length,
      plaintextBytes: index.plaintextBytes,
      badFrames,
      complete: index.complete && index.trailingBytes === 0,
      recomputed: chain.summary(),
    };
  }

  private async index(recordingId: string, kind: AudioKind): Promise<FrameIndex | null> {
    const file = this.file(recordingId, kind);
    const stat = await fs.stat(file).catch(() => null);
    if (!stat) return null;
    const cacheKey = `${recordingId}/${kind}`;
    const stamp = `${stat.size}:${stat.mtimeMs}`;
    const cached = this.indexes.get(cacheKey);
    if (cached?.stamp === stamp) return cached.index;
    const handle = await fs.open(file, 'r');
    try {
      const index = await buildFrameIndex(handle, stat.size);
      if (this.indexes.size >= INDEX_CACHE_SIZE) this.indexes.delete(this.indexes.keys().next().value ?? '');
      this.indexes.set(cacheKey, { stamp, index });
      return index;
    } finally {
      await handle.close();
    }
  }
}

function decryptOrReport(key: Buffer, context: FrameContext, number: number, stored: Buffer): Buffer {
  try {
    return decryptFrame(key, context, number, stored);
  } catch (error) {
    if (!(error instanceof FrameAuthenticationError)) throw error;
    throw new AppError(
      'integrity',
      {
        ja: `録音データの一部（フレーム ${number}）が改変または破損しています`,
        en: `Part of the recording (frame ${number}) was altered or is damaged`,
      },
      { frame: number, recordingId: context.recordingId, kind: context.kind },
    );
  }
}
