/**
 * The plain-file baselines of bench:crypto, and what the primitives alone reach on this machine: the same
 * bytes in the same chunks as the encrypted store gets them, so the ratios compare like with like.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import type { FrameHasher } from '../packages/server/src/audio/hash-chain';

/** Chunks per gathered write in the batched writer: the store's batch (8 frames of 64 KiB). */
const CHUNKS_PER_WRITE = 8;

/** `total` bytes of `chunk`, one awaited write per chunk, fsynced; returns the seconds the fsync waited. */
export async function writePlainAppends(file: string, chunk: Buffer, total: number): Promise<number> {
  const handle = await fs.promises.open(file, 'w');
  for (let written = 0; written < total; written += chunk.length) await handle.write(chunk);
  const syncStarted = process.hrtime.bigint();
  await handle.sync();
  const syncSeconds = Number(process.hrtime.bigint() - syncStarted) / 1e9;
  await handle.close();
  return syncSeconds;
}

/**
 * A plain file written the way the store writes: 8 chunks per gathered write, each write left running
 * while the next batch is gathered. With a `hasher`, each chunk (one full frame) also goes to the evidence
 * chain, as in the store: an unencrypted but tamper-evident store.
 */
export async function writePlainBatched(
  file: string,
  chunk: Buffer,
  total: number,
  hasher: FrameHasher | null,
): Promise<void> {
  const handle = await fs.promises.open(file, 'w');
  let batch: Buffer[] = [];
  let writing: Promise<unknown> = Promise.resolve();
  for (let written = 0; written < total; written += chunk.length) {
    // Copied, as the store's writer copies what it is given; the hashing thread takes over the memory it
    // is handed, so it gets a copy of its own.
    batch.push(Buffer.from(chunk));
    if (hasher) await hasher.addFrame(Buffer.from(chunk));
    if (batch.length === CHUNKS_PER_WRITE) {
      await writing;
      writing = handle.writev(batch);
      batch = [];
    }
  }
  await writing;
  if (batch.length > 0) await handle.writev(batch);
  await handle.sync();
  await handle.close();
  await hasher?.summary();
}

/** Reads the file with a plain read stream; returns the bytes read. */
export async function readPlain(file: string): Promise<number> {
  let bytes = 0;
  for await (const part of fs.createReadStream(file, { highWaterMark: 256 * 1024 })) bytes += (part as Buffer).length;
  return bytes;
}

/** Single-core MB/s of the primitives on 64 KiB frames, as the store calls them (one cipher per frame). */
export function primitiveCeilings(chunk: Buffer): { encrypt: number; decrypt: number; sha256: number } {
  const key = randomBytes(32);
  const iv = randomBytes(12);
  const frames = 2048;
  const timedMbps = (work: () => void) => {
    const started = process.hrtime.bigint();
    for (let i = 0; i < frames; i++) work();
    return (frames * chunk.length) / 1024 / 1024 / (Number(process.hrtime.bigint() - started) / 1e9);
  };
  let tag = Buffer.alloc(16);
  let ciphertext = Buffer.alloc(0);
  const encrypt = timedMbps(() => {
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    ciphertext = cipher.update(chunk);
    cipher.final();
    tag = cipher.getAuthTag();
  });
  const decrypt = timedMbps(() => {
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAuthTag(tag);
    decipher.update(ciphertext);
    decipher.final();
  });
  const sha256 = timedMbps(() => createHash('sha256').update(chunk).digest());
  return { encrypt, decrypt, sha256 };
}
