import type { PcmInfo } from '@furikaeri/core';

export const WAV_HEADER_BYTES = 44;

/**
 * A canonical 44-byte RIFF/WAVE header for our s16le PCM. Playback serves this header followed by the
 * stored PCM: every browser plays it, and seeking is sample-exact (compressed formats seek approximately,
 * which would put the transcript highlight off the words).
 */
export function wavHeader(pcm: Pick<PcmInfo, 'sampleRate' | 'channels' | 'bytes'>): Buffer {
  const header = Buffer.alloc(WAV_HEADER_BYTES);
  const blockAlign = pcm.channels * 2;
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(Math.min(0xffffffff, 36 + pcm.bytes), 4);
  header.write('WAVE', 8, 'ascii');
  header.write('fmt ', 12, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(pcm.channels, 22);
  header.writeUInt32LE(pcm.sampleRate, 24);
  header.writeUInt32LE(pcm.sampleRate * blockAlign, 28);
  header.writeUInt16LE(blockAlign, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(Math.min(0xffffffff, pcm.bytes), 40);
  return header;
}
