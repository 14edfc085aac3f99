import { createHash, type Hash } from 'node:crypto';
import fs from 'node:fs';

/** Streams a file through SHA-256 (models are up to 2 GB: never read whole). */
export async function sha256File(
  file: string,
  onBytes?: (bytes: number) => void,
  signal?: AbortSignal,
): Promise<string> {
  const hash = createHash('sha256');
  await feedFile(hash, file, onBytes, signal);
  return hash.digest('hex');
}

/** Adds a file's bytes to a running hash: how a resumed download accounts for the part already on disk. */
export async function feedFile(
  hash: Hash,
  file: string,
  onBytes?: (bytes: number) => void,
  signal?: AbortSignal,
): Promise<number> {
  let bytes = 0;
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 1024 * 1024, signal })) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).byteLength;
    onBytes?.(bytes);
  }
  return bytes;
}
