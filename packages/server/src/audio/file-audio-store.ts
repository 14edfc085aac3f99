import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { AudioKind, AudioStore, AudioWriter, ByteRange } from './audio-store';

const SAFE_ID = /^[a-z]{2,4}_[0-9a-z]{8,32}$/;

/** Plain files under `<root>/<recordingId>/<kind>.bin`. Ids are checked so no input can reach outside root. */
export class FileAudioStore implements AudioStore {
  constructor(private readonly root: string) {}

  private dir(recordingId: string): string {
    if (!SAFE_ID.test(recordingId)) throw new Error(`invalid recording id: ${recordingId}`);
    return path.join(this.root, recordingId);
  }

  private file(recordingId: string, kind: AudioKind): string {
    return path.join(this.dir(recordingId), `${kind}.bin`);
  }

  async createWriter(recordingId: string, kind: AudioKind): Promise<AudioWriter> {
    await fs.mkdir(this.dir(recordingId), { recursive: true });
    const finalPath = this.file(recordingId, kind);
    const partialPath = `${finalPath}.partial`;
    const handle = await fs.open(partialPath, 'w');
    return new FileAudioWriter(handle, partialPath, finalPath);
  }

  async size(recordingId: string, kind: AudioKind): Promise<number | null> {
    try {
      return (await fs.stat(this.file(recordingId, kind))).size;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  createReadStream(recordingId: string, kind: AudioKind, range?: ByteRange): Readable {
    const options = range ? { start: range.start, end: range.end } : {};
    return createReadStream(this.file(recordingId, kind), { ...options, highWaterMark: 256 * 1024 });
  }

  async withPlaintextFile<T>(recordingId: string, kind: AudioKind, use: (filePath: string) => Promise<T>): Promise<T> {
    return use(this.file(recordingId, kind));
  }

  async deleteRecording(recordingId: string): Promise<void> {
    await fs.rm(this.dir(recordingId), { recursive: true, force: true });
  }

  async totalBytes(): Promise<number> {
    let total = 0;
    let entries: string[];
    try {
      entries = await fs.readdir(this.root);
    } catch {
      return 0;
    }
    for (const entry of entries) {
      const files = await fs.readdir(path.join(this.root, entry)).catch(() => []);
      for (const file of files) {
        total += (await fs.stat(path.join(this.root, entry, file)).catch(() => ({ size: 0 }))).size;
      }
    }
    return total;
  }
}

class FileAudioWriter implements AudioWriter {
  bytesWritten = 0;
  private closed = false;

  constructor(
    private readonly handle: fs.FileHandle,
    private readonly partialPath: string,
    private readonly finalPath: string,
  ) {}

  async append(chunk: Uint8Array): Promise<void> {
    let offset = 0;
    while (offset < chunk.byteLength) {
      const { bytesWritten } = await this.handle.write(chunk, offset, chunk.byteLength - offset);
      offset += bytesWritten;
    }
    this.bytesWritten += chunk.byteLength;
  }

  async sync(): Promise<void> {
    await this.handle.sync();
  }

  async commit(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.handle.sync();
    await this.handle.close();
    await fs.rename(this.partialPath, this.finalPath);
  }

  async abort(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.handle.close().catch(() => undefined);
    await fs.rm(this.partialPath, { force: true });
    // The folder of a recording that never got any committed audio goes too; ENOTEMPTY means it has some.
    await fs.rmdir(path.dirname(this.partialPath)).catch(() => undefined);
  }
}
