import type { FileHandle } from 'node:fs/promises';
import {
  FILE_HEADER_BYTES,
  FILE_MAGIC,
  FLAG_FINAL,
  FRAME_HEADER_BYTES,
  FRAME_OVERHEAD,
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

/**
 * Reads only the 8-byte frame headers (about 5,400 for a 3-hour PCM stream) to map plaintext offsets to
 * frames, so a Range request decrypts just the frames it needs.
 */
export async function buildFrameIndex(handle: FileHandle, fileSize: number): Promise<FrameIndex> {
  const magic = Buffer.alloc(FILE_HEADER_BYTES);
  await handle.read(magic, 0, FILE_HEADER_BYTES, 0);
  if (fileSize < FILE_HEADER_BYTES || !magic.equals(FILE_MAGIC))
    throw new Error('not an encrypted furikaeri audio file');
  const frames: FrameEntry[] = [];
  const header = Buffer.alloc(FRAME_HEADER_BYTES);
  let fileOffset = FILE_HEADER_BYTES;
  let plaintextOffset = 0;
  while (fileOffset + FRAME_OVERHEAD <= fileSize) {
    await handle.read(header, 0, FRAME_HEADER_BYTES, fileOffset);
    const { plaintextLength, flags } = readFrameHeader(header);
    const frameBytes = FRAME_OVERHEAD + plaintextLength;
    if (fileOffset + frameBytes > fileSize) break;
    frames.push({ fileOffset, plaintextOffset, plaintextLength, flags });
    fileOffset += frameBytes;
    plaintextOffset += plaintextLength;
  }
  const last = frames.at(-1);
  return {
    frames,
    plaintextBytes: plaintextOffset,
    complete: last !== undefined && (last.flags & FLAG_FINAL) !== 0,
    trailingBytes: fileSize - fileOffset,
  };
}

/** A frame as stored, header to tag. */
export async function readStoredFrame(handle: FileHandle, frame: FrameEntry): Promise<Buffer> {
  const stored = Buffer.allocUnsafe(frame.plaintextLength + FRAME_OVERHEAD);
  await handle.read(stored, 0, stored.length, frame.fileOffset);
  return stored;
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
