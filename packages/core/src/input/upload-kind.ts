import { looksLikeAudio, SNIFF_BYTES } from '../media/audio-signature';

/**
 * What a dropped file is, from its first bytes rather than its name: a phone's voice memo may be called
 * "memo.txt", a Zoom transcript "meeting_saved_closed_caption" with no extension. The event page sends audio
 * to the recording import and text to the transcript import; the server decides the details (ffprobe for
 * audio, the transcript parsers for text).
 */
export type UploadKind = 'audio' | 'transcript' | 'other';

/** How many leading bytes `sniffUploadKind` needs: as many as the import's own check reads. */
export const UPLOAD_SNIFF_BYTES = SNIFF_BYTES;

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
