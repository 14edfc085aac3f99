import type { FileHandle } from 'node:fs/promises';
import { FRAME_OVERHEAD } from './frame-format';
import type { FrameEntry, FrameIndex } from './frame-index';

/**
 * Consecutive frames read with one call (512 KiB for full frames), and how many such reads run ahead of
 * the consumer: one read per frame would cost a thread-pool round trip each, and reading ahead lets the
 * thread pool (or the disk) fetch the next frames while this thread decrypts.
 */
const FRAMES_PER_READ = 8;
const READS_AHEAD = 2;

export interface StoredFrame {
  number: number;
  entry: FrameEntry;
  /** The frame as stored, header to tag. */
  bytes: Buffer;
}

interface FrameRun {
  first: number;
  last: number;
  fileOffset: number;
  bytes: Buffer;
}

/** Frames `first`..`last` of an indexed file, in order, as stored. */
export async function* storedFrames(
  handle: FileHandle,
  index: FrameIndex,
  first: number,
  last: number,
): AsyncGenerator<StoredFrame> {
  const ahead: Promise<FrameRun>[] = [];
  let requested = first;
  try {
    while (requested <= last || ahead.length > 0) {
      while (requested <= last && ahead.length < READS_AHEAD) {
        const run = readRun(handle, index, requested, Math.min(last, requested + FRAMES_PER_READ - 1));
        run.catch(() => undefined); // awaited below or in finally; this keeps it from counting as unhandled
        ahead.push(run);
        requested += FRAMES_PER_READ;
      }
      const run = await (ahead.shift() as Promise<FrameRun>);
      for (let number = run.first; number <= run.last; number += 1) {
        const entry = index.frames[number] as FrameEntry;
        const at = entry.fileOffset - run.fileOffset;
        yield { number, entry, bytes: run.bytes.subarray(at, at + entry.plaintextLength + FRAME_OVERHEAD) };
      }
    }
  } finally {
    // A consumer that stops early (a finished Range, a closed connection, a bad frame) leaves reads in flight.
    await Promise.allSettled(ahead);
  }
}

async function readRun(handle: FileHandle, index: FrameIndex, first: number, last: number): Promise<FrameRun> {
  const from = (index.frames[first] as FrameEntry).fileOffset;
  const lastEntry = index.frames[last] as FrameEntry;
  const bytes = Buffer.allocUnsafe(lastEntry.fileOffset + FRAME_OVERHEAD + lastEntry.plaintextLength - from);
  const { bytesRead } = await handle.read(bytes, 0, bytes.length, from);
  // Fewer bytes than indexed: the file shrank since. Zeros, not stale memory, then fail authentication
  // and are reported as damage like any other unreadable frame.
  bytes.fill(0, bytesRead);
  return { first, last, fileOffset: from, bytes };
}
