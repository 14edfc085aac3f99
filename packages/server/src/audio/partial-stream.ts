import fs from 'node:fs/promises';
import { decryptFrame, FILE_HEADER_BYTES, FLAG_FINAL, type FrameContext } from './frame-format';
import { buildFrameIndex } from './frame-index';
import { HashChain } from './hash-chain';
import type { StoreGate } from './store-gate';
import { storedFrames } from './stored-frames';

/** What survives of a stream whose writer never committed (a crash, `kill -9`, a lock mid-recording). */
export interface PartialStream {
  /** Where the kept frames end in the file; everything after (a torn write, a damaged frame) is cut. */
  fileBytes: number;
  /** How many frames are kept, i.e. the index the next frame gets. */
  frames: number;
  /** Plaintext bytes in the kept frames. */
  bytes: number;
  /** The hash chain over the kept frames, as the writer had computed it. */
  chain: HashChain;
  /**
   * The plaintext of a FINAL frame found at the end (the crash came between sealing it and the rename). It
   * is not kept as a frame: the resumed writer holds it as pending data and seals it again.
   */
  pendingFinal: Buffer | null;
}

/**
 * Reads an uncommitted `.partial` file back frame by frame, authenticating each, and keeps the longest
 * valid prefix: a torn last frame, a frame that fails authentication and everything after either are
 * dropped. Memory stays flat: one frame at a time. Null when there is no such file.
 */
export async function scanPartialStream(
  partialPath: string,
  key: Buffer,
  context: FrameContext,
  gate: StoreGate,
): Promise<PartialStream | null> {
  const stat = await fs.stat(partialPath).catch(() => null);
  if (!stat) return null;
  const chain = new HashChain(context.recordingId, context.kind);
  const empty: PartialStream = { fileBytes: 0, frames: 0, bytes: 0, chain, pendingFinal: null };
  // Created but killed before its 8-byte header was written: nothing in it.
  if (stat.size < FILE_HEADER_BYTES) return empty;
  const handle = await fs.open(partialPath, 'r');
  try {
    const index = await buildFrameIndex(handle, stat.size);
    const kept: PartialStream = { ...empty, fileBytes: FILE_HEADER_BYTES };
    for await (const { number, entry: frame, bytes: stored } of storedFrames(
      handle,
      index,
      0,
      index.frames.length - 1,
    )) {
      // A frame opened with a key the lock has zeroed would look tampered, and be cut off.
      gate.assertOpen();
      let plaintext: Buffer;
      try {
        plaintext = decryptFrame(key, context, number, stored);
      } catch {
        break;
      }
      if ((frame.flags & FLAG_FINAL) !== 0) {
        kept.pendingFinal = plaintext;
        break;
      }
      chain.addFrame(plaintext);
      kept.frames = number + 1;
      kept.bytes = frame.plaintextOffset + frame.plaintextLength;
      kept.fileBytes = frame.fileOffset + stored.length;
    }
    return kept;
  } finally {
    await handle.close();
  }
}
