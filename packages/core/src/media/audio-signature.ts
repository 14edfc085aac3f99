import { ascii } from './byte-text';
import { hasAudioFrames } from './mpeg-frames';

/** How many leading bytes the sniffer looks at: enough for an ID3 header or a couple of mp3 frames. */
export const SNIFF_BYTES = 4096;

// The containers the import accepts, by the signature each starts with. Sources: RIFF/WAVE (Microsoft
// Multimedia Programming Interface 1.0), RF64/BW64 (EBU Tech 3306, ITU-R BS.2088), FLAC ("fLaC", RFC 9639
// §6), Ogg ("OggS", RFC 3533 §6), EBML/Matroska/WebM (1A 45 DF A3, RFC 8794 §8), ISO BMFF / m4a / 3gp
// (a box type at byte 4, ISO/IEC 14496-12 §4.2), AMR ("#!AMR", RFC 4867 §5), AAC ADIF (ISO/IEC 13818-7
// Annex B), AIFF ("FORM"…"AIFF"/"AIFC"), Core Audio ("caff"), ASF/WMA (its header GUID), ID3v2 (id3.org).
const SIGNATURES: readonly ((bytes: Uint8Array) => boolean)[] = [
  // A head too short to show the form type (under 12 bytes) gets the benefit of the doubt.
  (b) => (ascii(b, 0, 'RIFF') || ascii(b, 0, 'RF64') || ascii(b, 0, 'BW64')) && (b.length < 12 || ascii(b, 8, 'WAVE')),
  (b) => ascii(b, 0, 'FORM') && (ascii(b, 8, 'AIFF') || ascii(b, 8, 'AIFC')),
  (b) => ascii(b, 0, 'fLaC'),
  (b) => ascii(b, 0, 'OggS'),
  (b) => b[0] === 0x1a && b[1] === 0x45 && b[2] === 0xdf && b[3] === 0xa3,
  (b) => ['ftyp', 'moov', 'mdat', 'free', 'wide', 'skip'].some((box) => ascii(b, 4, box)),
  (b) => ascii(b, 0, '#!AMR'),
  (b) => ascii(b, 0, 'ADIF'),
  (b) => ascii(b, 0, 'caff'),
  (b) => [0x30, 0x26, 0xb2, 0x75, 0x8e, 0x66, 0xcf, 0x11].every((byte, i) => b[i] === byte),
  (b) => ascii(b, 0, 'ID3') && (b[3] ?? 0xff) < 0xff,
  // Video files the picker offers ("動画: the audio is imported"): AVI (RIFF "AVI "), MPEG program stream
  // (pack header 00 00 01 BA), MPEG transport stream (0x47 every 188 bytes), FLV. And a few audio-only
  // formats ffmpeg reads: Sun/NeXT AU (".snd"), WavPack ("wvpk"), Monkey's Audio ("MAC "), raw AC-3 (0B 77).
  (b) => ascii(b, 0, 'RIFF') && ascii(b, 8, 'AVI '),
  (b) => b[0] === 0 && b[1] === 0 && b[2] === 1 && b[3] === 0xba,
  (b) => b[0] === 0x47 && b[188] === 0x47 && (b.length < 377 || b[376] === 0x47),
  (b) => ascii(b, 0, 'FLV') && b[3] === 1,
  (b) => ascii(b, 0, '.snd') || ascii(b, 0, 'wvpk') || ascii(b, 0, 'MAC '),
  (b) => b[0] === 0x0b && b[1] === 0x77,
];

/**
 * Whether a file that starts with `head` (its first SNIFF_BYTES, or all of it when shorter) can be one of
 * the audio files the import takes. Decided on content, never on the name: a text file called .mp3 is
 * refused before anything of it is stored, and an mp3 called .wav is accepted.
 */
export function looksLikeAudio(head: Uint8Array): boolean {
  return SIGNATURES.some((matches) => matches(head)) || hasAudioFrames(head);
}
