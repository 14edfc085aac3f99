/**
 * MPEG audio (mp3) and ADTS (raw AAC) frame headers, read just far enough to tell real frames from noise.
 * Layouts: ISO/IEC 11172-3 §2.4.1.3 (MPEG-1), ISO/IEC 13818-3 (MPEG-2 and the unofficial 2.5), and
 * ISO/IEC 13818-7 §6.2 (ADTS). One sync word can occur in any binary by chance; two frames in a row,
 * the second where the first one's length says, almost never do.
 */

// Kilobits per second by [MPEG-1 ? 0 : 1][layer 1..3][index]; index 0 is "free format" (no length: not accepted).
const BITRATES: readonly (readonly (readonly number[])[])[] = [
  [
    [],
    [0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448],
    [0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384],
    [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
  ],
  [
    [],
    [0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256],
    [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
    [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
  ],
];
const MPEG1_RATES = [44_100, 48_000, 32_000];

/** Length in bytes of the MPEG audio frame whose header starts at `at`, or null when it is not one. */
function mpegFrameLength(bytes: Uint8Array, at: number): number | null {
  if (at + 4 > bytes.length) return null;
  const b1 = bytes[at + 1] ?? 0;
  const b2 = bytes[at + 2] ?? 0;
  if (bytes[at] !== 0xff || (b1 & 0xe0) !== 0xe0) return null;
  const version = (b1 >> 3) & 0x03; // 0: MPEG-2.5, 1: reserved, 2: MPEG-2, 3: MPEG-1
  const layerBits = (b1 >> 1) & 0x03; // 1: layer III, 2: layer II, 3: layer I, 0: reserved (ADTS)
  const bitrateIndex = b2 >> 4;
  const rateIndex = (b2 >> 2) & 0x03;
  if (version === 1 || layerBits === 0 || bitrateIndex === 0 || bitrateIndex === 15 || rateIndex === 3) return null;
  const layer = 4 - layerBits;
  const mpeg1 = version === 3;
  const kbps = BITRATES[mpeg1 ? 0 : 1]?.[layer]?.[bitrateIndex] ?? 0;
  const sampleRate = (MPEG1_RATES[rateIndex] ?? 0) / (mpeg1 ? 1 : version === 2 ? 2 : 4);
  const padding = (b2 >> 1) & 0x01;
  if (layer === 1) return (Math.floor((12 * kbps * 1000) / sampleRate) + padding) * 4;
  const perSample = layer === 3 && !mpeg1 ? 72 : 144;
  return Math.floor((perSample * kbps * 1000) / sampleRate) + padding;
}

/** Length of the ADTS frame at `at` (13 bits of its header), or null when it is not one. */
function adtsFrameLength(bytes: Uint8Array, at: number): number | null {
  if (at + 3 > bytes.length) return null;
  const b1 = bytes[at + 1] ?? 0;
  const b2 = bytes[at + 2] ?? 0;
  if (bytes[at] !== 0xff || (b1 & 0xf6) !== 0xf0) return null;
  if (((b2 >> 2) & 0x0f) > 12) return null; // sampling frequency index 13–15 are reserved
  // A header cut short (the end of what was read): it starts like a frame that runs past the end.
  if (at + 7 > bytes.length) return Number.POSITIVE_INFINITY;
  const length = (((bytes[at + 3] ?? 0) & 0x03) << 11) | ((bytes[at + 4] ?? 0) << 3) | ((bytes[at + 5] ?? 0) >> 5);
  return length >= 7 ? length : null;
}

export function frameLength(bytes: Uint8Array, at: number): number | null {
  return mpegFrameLength(bytes, at) ?? adtsFrameLength(bytes, at);
}

/**
 * Whether `bytes` holds MPEG audio or ADTS frames: one at the very start (a file cut short may hold only
 * that), or two back to back anywhere (a file with some junk before its first frame).
 */
export function hasAudioFrames(bytes: Uint8Array): boolean {
  const first = frameLength(bytes, 0);
  if (first !== null && (first >= bytes.length || frameLength(bytes, first) !== null)) return true;
  for (let at = 1; at + 4 <= bytes.length; at += 1) {
    if (bytes[at] !== 0xff) continue;
    const length = frameLength(bytes, at);
    if (length !== null && frameLength(bytes, at + length) !== null) return true;
  }
  return false;
}
