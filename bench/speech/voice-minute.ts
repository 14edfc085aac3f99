import type { PcmSource } from '../../packages/server/src/analysis/pitch-extractor';

const RATE = 16_000;

/** One minute of stereo PCM: a voice-like glide (110–190 Hz, three harmonics) on channel 0, noise on channel 1. */
function voiceMinute(): Buffer {
  const minute = Buffer.alloc(RATE * 60 * 4);
  for (let frame = 0; frame < RATE * 60; frame += 1) {
    const t = frame / RATE;
    const f0 = 150 + 40 * Math.sin(2 * Math.PI * 0.3 * t);
    const voice =
      Math.sin(2 * Math.PI * f0 * t) + 0.5 * Math.sin(4 * Math.PI * f0 * t) + 0.25 * Math.sin(6 * Math.PI * f0 * t);
    minute.writeInt16LE(Math.round(voice * 6_000), frame * 4);
    minute.writeInt16LE(Math.round((Math.random() - 0.5) * 2_000), frame * 4 + 2);
  }
  return minute;
}

/** A recording of any length served as the store serves it: that minute repeated, in 64 KiB chunks of any range. */
export function repeatedVoiceSource(): PcmSource {
  const minute = voiceMinute();
  return {
    sampleRate: RATE,
    channels: 2,
    async *read(range: { start: number; end: number }) {
      for (let at = range.start; at <= range.end; at += 64 * 1024) {
        const from = at % minute.length;
        yield minute.subarray(from, Math.min(from + 64 * 1024, minute.length, from + range.end + 1 - at));
      }
    },
  };
}
