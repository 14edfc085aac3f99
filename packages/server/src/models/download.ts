import { createHash, type Hash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable, type Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { ReadableStream as NodeWebReadableStream } from 'node:stream/web';
import { isAppError } from '@furikaeri/core';
import { ensureFreeSpace, isNoSpace, type StatFs } from './disk-space';
import { cancelledError, diskFullError, downloadError } from './model-errors';
import { networkFailure } from './network-errors';
import type { Pin } from './registry-types';
import { feedFile } from './sha256';
import { verifyPin } from './verify-pin';

export type WriteStreamFactory = (file: string, flags: 'a' | 'w') => Writable;

export interface DownloadOptions {
  url: string;
  /** Where the bytes accumulate; it survives a crash or a cancel so the next attempt resumes from its size. */
  partFile: string;
  expected: Pin;
  /** What the user sees in messages ("sherpa-onnx-whisper-tiny.tar.bz2"). */
  label: string;
  fetch?: typeof fetch;
  signal?: AbortSignal;
  onProgress?: (bytes: number, total: number | null) => void;
  /** The file system boundary, injectable so a full disk can be simulated. */
  createWriteStream?: WriteStreamFactory;
  statfs?: StatFs;
  /** Dropped connections resumed within one pull before giving up. */
  maxAttempts?: number;
}

export interface DownloadResult {
  size: number;
  sha256: string;
}

const defaultWriteStream: WriteStreamFactory = (file, flags) => fs.createWriteStream(file, { flags });

/**
 * Streams a URL into `partFile`, resuming with an HTTP Range request from whatever is already there, and
 * checks the size and SHA-256 against the pins before returning. A wrong file is deleted, never kept.
 */
export async function downloadFile(options: DownloadOptions): Promise<DownloadResult> {
  const maxAttempts = options.maxAttempts ?? 4;
  fs.mkdirSync(path.dirname(options.partFile), { recursive: true });
  let hash: Hash | null = null;
  const seen: Seen = { total: options.expected.size };
  for (let attempt = 1; hash === null; attempt += 1) {
    try {
      hash = await attemptDownload(options, seen);
    } catch (error) {
      if (options.signal?.aborted) throw cancelledError();
      if (isAppError(error)) throw error;
      if (isNoSpace(error)) throw diskFullError(Math.max(0, (seen.total ?? 0) - fileSize(options.partFile)), null);
      // A dropped connection: try again from what reached the disk.
      if (attempt >= maxAttempts)
        throw networkFailure(options.url, error) ?? downloadError(options.url, describe(error));
    }
  }
  const size = fileSize(options.partFile);
  const sha256 = hash.digest('hex');
  try {
    verifyPin(options.label, options.expected, { size, sha256 });
  } catch (error) {
    fs.rmSync(options.partFile, { force: true });
    throw error;
  }
  return { size, sha256 };
}

/** One request. Returns the hash of the complete file, or throws (network errors are retried by the caller). */
interface Seen {
  /** The full size, once known (pinned, or announced by the server). */
  total: number | null;
}

async function attemptDownload(options: DownloadOptions, seen: Seen): Promise<Hash> {
  const expectedSize = options.expected.size;
  let offset = fileSize(options.partFile);
  if (expectedSize !== null && offset > expectedSize) offset = restart(options.partFile);
  const hash = createHash('sha256');
  if (offset > 0) await feedFile(hash, options.partFile, undefined, options.signal);
  if (expectedSize !== null && offset === expectedSize) return hash;

  const doFetch = options.fetch ?? fetch;
  const response = await doFetch(options.url, {
    headers: offset > 0 ? { Range: `bytes=${offset}-` } : {},
    redirect: 'follow',
    signal: options.signal,
  });
  if (!response.ok || !response.body) {
    await response.body?.cancel();
    if (response.status === 416) restart(options.partFile);
    throw downloadError(options.url, `HTTP ${response.status}`);
  }
  let fresh = hash;
  if (offset > 0 && !resumesAt(response, offset)) {
    // The server sent the whole file (200) or another range: start over rather than splice wrong bytes.
    offset = restart(options.partFile);
    fresh = createHash('sha256');
  }
  const length = Number(response.headers.get('content-length'));
  const total = expectedSize ?? (Number.isFinite(length) && length > 0 ? offset + length : null);
  seen.total = total;
  if (total !== null) await ensureFreeSpace(path.dirname(options.partFile), total - offset, options.statfs);

  let bytes = offset;
  options.onProgress?.(bytes, total);
  const body = Readable.fromWeb(response.body as NodeWebReadableStream<Uint8Array>);
  const write = (options.createWriteStream ?? defaultWriteStream)(options.partFile, offset > 0 ? 'a' : 'w');
  await copyInto(body, write, (chunk) => {
    fresh.update(chunk);
    bytes += chunk.byteLength;
    options.onProgress?.(bytes, total);
  });
  // A body that simply ends early is a dropped connection too: resume rather than judge a short file.
  if (total !== null && bytes < total) throw new Error(`connection closed after ${bytes} of ${total} bytes`);
  return fresh;
}

/**
 * Writes the body to the file with backpressure. Whatever happens to the connection, the bytes received so
 * far are flushed to disk before the error is passed on, so the next attempt resumes after them.
 */
async function copyInto(body: Readable, write: Writable, onChunk: (chunk: Buffer) => void): Promise<void> {
  let writeError: unknown = null;
  const done = finished(write).catch((error: unknown) => {
    writeError ??= error;
  });
  try {
    for await (const chunk of body) {
      if (writeError) break;
      onChunk(chunk as Buffer);
      if (!write.write(chunk)) await drainedOrFailed(write);
    }
  } finally {
    write.end();
    await done;
    body.destroy();
  }
  if (writeError) throw writeError;
}

/**
 * Waits for the stream to take more, or to fail (the failure itself is read through `finished`). Both listeners
 * go once either fires: a large model waits here thousands of times, and a leftover 'error' listener per wait
 * piles up on the stream.
 */
function drainedOrFailed(write: Writable): Promise<void> {
  return new Promise((resolve) => {
    const settle = () => {
      write.off('drain', settle);
      write.off('error', settle);
      resolve();
    };
    write.on('drain', settle);
    write.on('error', settle);
  });
}

function resumesAt(response: Response, offset: number): boolean {
  if (response.status !== 206) return false;
  const match = /^bytes (\d+)-/.exec(response.headers.get('content-range') ?? '');
  return match !== null && Number(match[1]) === offset;
}

function restart(partFile: string): number {
  fs.rmSync(partFile, { force: true });
  return 0;
}

function fileSize(file: string): number {
  return fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0;
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
    return `${error.message}${cause}`;
  }
  return String(error);
}
