import type { FileHandle } from 'node:fs/promises';
import {
  FILE_HEADER_BYTES,
  FILE_MAGIC,
  FLAG_FINAL,
  FRAME_HEADER_BYTES,
  FRAME_OVERHEAD,
  FRAME_PLAINTEXT_BYTES,
  type FrameHeader,
  readFrameHeader,
} from './frame-format';

export interface FrameEntry {
  /** Where the frame starts in the file. */
  fileOffset: number;
  /** Where its plaintext starts in the decrypted stream. */
  plaintextOffset: number;
  plaintextLength: number;
  flags: number;
}

export interface FrameIndex {
  frames: FrameEntry[];
  plaintextBytes: number;
  /** The last frame carries the FINAL flag: the writer committed the file and nothing was cut off. */
  complete: boolean;
  /** Bytes after the last whole frame (a write interrupted mid-frame). */
  trailingBytes: number;
}

/** Header reads issued together while building an index. */
const HEADERS_PER_BATCH = 32;

/**
 * Reads only the 8-byte frame headers (about 5,400 for a 3-hour PCM stream) to map plaintext offsets to
 * frames, so a Range request decrypts just the frames it needs.
 *
 * One header read after another would cost a thread-pool round trip each (0.1–0.2 s for a 2-hour stream).
 * Frames mostly have the length of the one before (full 64 KiB frames for an import, one recorder chunk
 * each for a live recording), so the headers where the next frames would start if that holds are read
 * together, and kept for as long as it does.
 */
export async function buildFrameIndex(handle: FileHandle, fileSize: number): Promise<FrameIndex> {
  const magic = Buffer.alloc(FILE_HEADER_BYTES);
  await handle.read(magic, 0, FILE_HEADER_BYTES, 0);
  if (fileSize < FILE_HEADER_BYTES || !magic.equals(FILE_MAGIC))
    throw new Error('not an encrypted furikaeri audio file');
  const frames: FrameEntry[] = [];
  let fileOffset = FILE_HEADER_BYTES;
  let plaintextOffset = 0;
  let expectedLength = FRAME_PLAINTEXT_BYTES;
  let torn = false;
  while (!torn && fileOffset + FRAME_OVERHEAD <= fileSize) {
    const guesses: number[] = [];
    for (let at = fileOffset; guesses.length < HEADERS_PER_BATCH && at + FRAME_OVERHEAD <= fileSize; ) {
      guesses.push(at);
      at += FRAME_OVERHEAD + expectedLength;
    }
    const headers = await Promise.all(guesses.map((at) => readHeaderAt(handle, at)));
    for (const [number, header] of headers.entries()) {
      // The first guess is always right; a later one only while every frame before it had the expected length.
      if (guesses[number] !== fileOffset) break;
      const frameBytes = FRAME_OVERHEAD + header.plaintextLength;
      if (fileOffset + frameBytes > fileSize) {
        torn = true;
        break;
      }
      frames.push({ fileOffset, plaintextOffset, plaintextLength: header.plaintextLength, flags: header.flags });
      fileOffset += frameBytes;
      plaintextOffset += header.plaintextLength;
      expectedLength = header.plaintextLength;
    }
  }
  const last = frames.at(-1);
  return {
    frames,
    plaintextBytes: plaintextOffset,
    complete: last !== undefined && (last.flags & FLAG_FINAL) !== 0,
    trailingBytes: fileSize - fileOffset,
  };
}

async function readHeaderAt(handle: FileHandle, fileOffset: number): Promise<FrameHeader> {
  const header = Buffer.alloc(FRAME_HEADER_BYTES);
  await handle.read(header, 0, FRAME_HEADER_BYTES, fileOffset);
  return readFrameHeader(header);
}

/** The frame that holds plaintext byte `offset` (binary search). */
export function frameAt(index: FrameIndex, offset: number): number {
  let low = 0;
  let high = index.frames.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((index.frames[middle]?.plaintextOffset ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}
