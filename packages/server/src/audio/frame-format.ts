import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * An encrypted audio file: an 8-byte file header, then frames. Each frame is
 *   u32 plaintext length | u8 flags | 3 reserved | 12-byte IV | ciphertext | 16-byte GCM tag
 * and is authenticated (AES-256-GCM) together with the recording id, the stream kind, its index and its
 * flags as associated data: a frame moved to another recording or another position, or a file cut short
 * before its FINAL frame, fails authentication or the completeness check.
 */
export const FILE_MAGIC = Buffer.from('FKAE\x01\x00\x00\x00', 'latin1');
export const FILE_HEADER_BYTES = FILE_MAGIC.length;
export const FRAME_HEADER_BYTES = 8;
export const IV_BYTES = 12;
export const TAG_BYTES = 16;
export const FRAME_OVERHEAD = FRAME_HEADER_BYTES + IV_BYTES + TAG_BYTES;
/** Plaintext per full frame: large enough that the overhead is 0.05 %, small enough to seek cheaply. */
export const FRAME_PLAINTEXT_BYTES = 64 * 1024;
export const FLAG_FINAL = 1;

export interface FrameContext {
  recordingId: string;
  kind: string;
}

function associatedData(context: FrameContext, index: number, flags: number, length: number): Buffer {
  const fixed = Buffer.alloc(13);
  fixed.writeBigUInt64LE(BigInt(index), 0);
  fixed.writeUInt8(flags, 8);
  fixed.writeUInt32LE(length, 9);
  return Buffer.concat([Buffer.from(`furikaeri-audio-v1\0${context.recordingId}\0${context.kind}\0`), fixed]);
}

/** IVs drawn from the system's CSPRNG in bulk: one call per 256 frames instead of one per frame. */
const IV_POOL_FRAMES = 256;
let ivPool = Buffer.alloc(0);
let ivPoolOffset = 0;

function freshIv(): Buffer {
  if (ivPoolOffset + IV_BYTES > ivPool.length) {
    ivPool = randomBytes(IV_BYTES * IV_POOL_FRAMES);
    ivPoolOffset = 0;
  }
  // Each IV is used once and never handed out again: the pool only moves forward.
  const iv = ivPool.subarray(ivPoolOffset, ivPoolOffset + IV_BYTES);
  ivPoolOffset += IV_BYTES;
  return iv;
}

/**
 * The frame as the pieces to write one after another (header with IV, ciphertext, tag): a gathered write
 * takes them as they are, instead of copying 64 KiB once more to join them.
 */
export function encryptFrame(
  key: Buffer,
  context: FrameContext,
  index: number,
  flags: number,
  plaintext: Buffer,
): Buffer[] {
  const headerAndIv = Buffer.alloc(FRAME_HEADER_BYTES + IV_BYTES);
  headerAndIv.writeUInt32LE(plaintext.length, 0);
  headerAndIv.writeUInt8(flags, 4);
  const iv = freshIv();
  iv.copy(headerAndIv, FRAME_HEADER_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(associatedData(context, index, flags, plaintext.length));
  const ciphertext = cipher.update(plaintext);
  cipher.final();
  return [headerAndIv, ciphertext, cipher.getAuthTag()];
}

export interface FrameHeader {
  plaintextLength: number;
  flags: number;
}

export function readFrameHeader(bytes: Buffer): FrameHeader {
  return { plaintextLength: bytes.readUInt32LE(0), flags: bytes.readUInt8(4) };
}

export class FrameAuthenticationError extends Error {
  constructor(readonly frameIndex: number) {
    super(`frame ${frameIndex} failed authentication`);
  }
}

/** `frame` is the whole frame (header to tag) as stored. */
export function decryptFrame(key: Buffer, context: FrameContext, index: number, frame: Buffer): Buffer {
  const { plaintextLength, flags } = readFrameHeader(frame);
  if (frame.length !== FRAME_OVERHEAD + plaintextLength) throw new FrameAuthenticationError(index);
  const iv = frame.subarray(FRAME_HEADER_BYTES, FRAME_HEADER_BYTES + IV_BYTES);
  const ciphertext = frame.subarray(FRAME_HEADER_BYTES + IV_BYTES, frame.length - TAG_BYTES);
  const tag = frame.subarray(frame.length - TAG_BYTES);
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(associatedData(context, index, flags, plaintextLength));
    decipher.setAuthTag(tag);
    const plaintext = decipher.update(ciphertext);
    decipher.final(); // GCM yields no bytes here; it checks the tag and throws on mismatch.
    return plaintext;
  } catch {
    throw new FrameAuthenticationError(index);
  }
}
