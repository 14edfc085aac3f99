import { ascii } from './byte-text';
import { frameLength } from './mpeg-frames';

/** How much of a file's start and end the truncation check reads. */
export const TRUNCATION_PROBE_BYTES = 65_536;

/** A file that ends before its own structure says it should; `declaredMs` when the header says how long. */
export interface Truncation {
  declaredMs: number | null;
}

function u32le(bytes: Uint8Array, at: number): number {
  return (
    ((bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8) | ((bytes[at + 2] ?? 0) << 16)) + (bytes[at + 3] ?? 0) * 2 ** 24
  );
}

/** WAV: the data chunk's size (RIFF chunk layout) promises more bytes than the file holds. */
function wavTruncation(head: Uint8Array, fileBytes: number): Truncation | null {
  if (!ascii(head, 0, 'RIFF') || !ascii(head, 8, 'WAVE')) return null;
  let byteRate = 0;
  for (let at = 12; at + 8 <= head.length; ) {
    const size = u32le(head, at + 4);
    if (ascii(head, at, 'fmt ')) byteRate = u32le(head, at + 16);
    if (ascii(head, at, 'data')) {
      // 0 and 0xFFFFFFFF mark a stream written without knowing its length: nothing promised.
      if (size === 0 || size === 0xffffffff || at + 8 + size <= fileBytes) return null;
      return { declaredMs: byteRate > 0 ? Math.round((size / byteRate) * 1000) : null };
    }
    at += 8 + size + (size % 2);
  }
  return null;
}

/** Ogg (RFC 3533 §6): the last page is cut short, or is not flagged as the end of the stream. */
function oggTruncation(head: Uint8Array, tail: Uint8Array): Truncation | null {
  if (!ascii(head, 0, 'OggS')) return null;
  for (let at = tail.length - 27; at >= 0; at -= 1) {
    if (!ascii(tail, at, 'OggS') || tail[at + 4] !== 0) continue;
    const segments = tail[at + 26] ?? 0;
    let body = 0;
    for (let i = 0; i < segments; i += 1) body += tail[at + 27 + i] ?? 0;
    const complete = at + 27 + segments + body <= tail.length;
    const endOfStream = ((tail[at + 5] ?? 0) & 0x04) !== 0;
    return complete && endOfStream ? null : { declaredMs: null };
  }
  return null;
}

/**
 * MP3 or raw AAC (ADTS): follow the chain of frames through the file's end; a frame whose header promises
 * more bytes than are left was cut. A trailing ID3v1 tag ("TAG", 128 bytes) is not a frame.
 */
function frameTruncation(head: Uint8Array, tail: Uint8Array): Truncation | null {
  const framed = ascii(head, 0, 'ID3') || frameLength(head, 0) !== null;
  if (!framed) return null;
  const end = tail.length >= 128 && ascii(tail, tail.length - 128, 'TAG') ? tail.length - 128 : tail.length;
  for (let at = 0; at + 4 <= end; at += 1) {
    const first = tail[at] === 0xff ? frameLength(tail, at) : null;
    if (first === null || frameLength(tail, at + first) === null) continue;
    let position = at;
    for (let length = frameLength(tail, position); length !== null; length = frameLength(tail, position)) {
      if (position + length > end) return { declaredMs: null };
      position += length;
    }
    // A cut inside the next header leaves a few bytes that start like one.
    return position < end && end - position < 7 && tail[position] === 0xff ? { declaredMs: null } : null;
  }
  return null;
}

/**
 * Whether a file was cut off (an interrupted copy, a recorder that died), judged from its first and last
 * bytes (`head`, `tail`: up to TRUNCATION_PROBE_BYTES each; the same bytes when the file is shorter) and its
 * size. Formats whose header states the length (m4a, FLAC, WebM, mp3 with a Xing header) are judged by
 * comparing that length with what decodes; this covers the ones whose header does not.
 */
export function detectTruncation(head: Uint8Array, tail: Uint8Array, fileBytes: number): Truncation | null {
  return wavTruncation(head, fileBytes) ?? oggTruncation(head, tail) ?? frameTruncation(head, tail);
}
