/**
 * What a dropped file is, from its first bytes rather than its name: a phone's voice memo may be called
 * "memo.txt", a Zoom transcript "meeting_saved_closed_caption" with no extension. The event page sends audio
 * to the recording import and text to the transcript import; the server decides the details (ffprobe for
 * audio, the transcript parsers for text).
 */
export type UploadKind = 'audio' | 'transcript' | 'other';

/** How many leading bytes `sniffUploadKind` needs. */
export const UPLOAD_SNIFF_BYTES = 4096;

const ascii = (head: Uint8Array, offset: number, text: string): boolean =>
  head.length >= offset + text.length && [...text].every((char, index) => head[offset + index] === char.charCodeAt(0));

/**
 * Container signatures of the audio and video files people import (RIFF/WAVE and AIFF, ID3v2 and MPEG/ADTS
 * frame sync, FLAC, Ogg, EBML for WebM/Matroska, ISO BMFF `ftyp` for m4a/mp4/3gp, AMR, CAF). Sources: the
 * formats' specifications, summarised in the WHATWG MIME Sniffing Standard §6.2 "Matching an audio or video
 * type pattern".
 */
export function looksLikeAudio(head: Uint8Array): boolean {
  const first = head[0] ?? 0;
  const second = head[1] ?? 0;
  return (
    ascii(head, 0, 'RIFF') ||
    ascii(head, 0, 'FORM') ||
    ascii(head, 0, 'ID3') ||
    (first === 0xff && (second & 0xe0) === 0xe0) ||
    ascii(head, 0, 'fLaC') ||
    ascii(head, 0, 'OggS') ||
    (first === 0x1a && second === 0x45 && head[2] === 0xdf && head[3] === 0xa3) ||
    ascii(head, 4, 'ftyp') ||
    ascii(head, 0, '#!AMR') ||
    ascii(head, 0, 'caff')
  );
}

/**
 * Text in UTF-8 or Shift_JIS has no C0 control bytes other than tab, line feeds and form feed (both encodings
 * keep every byte below 0x20 for ASCII); binary data and UTF-16 have them within the first few hundred bytes.
 */
export function looksLikeText(head: Uint8Array): boolean {
  if (head.length === 0) return false;
  for (const byte of head) {
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) return false;
  }
  return true;
}

export function sniffUploadKind(head: Uint8Array): UploadKind {
  if (looksLikeAudio(head)) return 'audio';
  if (looksLikeText(head)) return 'transcript';
  return 'other';
}
