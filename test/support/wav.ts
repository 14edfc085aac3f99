import { wavHeader } from '../../packages/server/src/media/wav-header';

/** A 16-bit mono PCM WAV of a sine tone: a small, valid recording the tests can make on the spot. */
export function sineWav(seconds: number, frequency = 440, sampleRate = 16_000): Buffer {
  const samples = Math.round(seconds * sampleRate);
  const buffer = Buffer.alloc(44 + samples * 2);
  wavHeader({ sampleRate, channels: 1, bytes: samples * 2 }).copy(buffer, 0);
  for (let i = 0; i < samples; i++) {
    buffer.writeInt16LE(Math.round(Math.sin((2 * Math.PI * frequency * i) / sampleRate) * 8000), 44 + i * 2);
  }
  return buffer;
}
