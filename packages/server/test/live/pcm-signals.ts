/**
 * Generated s16le PCM for the recorder's tests: a tone per channel whose frequency steps every chunk, so a
 * dropped, doubled or reordered chunk, or swapped channels, change the bytes in a way the tests see.
 */
export const RATE = 16_000;
export const CHUNK_FRAMES = RATE / 2;

export interface Track {
  /** Base frequency; each chunk adds `step` Hz. */
  base: number;
  step: number;
}

export const ME: Track = { base: 300, step: 7 };
export const THEM: Track = { base: 1_100, step: 11 };

/** Chunk `index` of a stream of `tracks.length` interleaved channels. */
export function pcmChunk(index: number, tracks: readonly Track[] = [ME], frames = CHUNK_FRAMES): Buffer {
  const channels = tracks.length;
  const bytes = Buffer.alloc(frames * channels * 2);
  for (let frame = 0; frame < frames; frame += 1) {
    const t = (index * CHUNK_FRAMES + frame) / RATE;
    tracks.forEach((track, channel) => {
      const frequency = track.base + track.step * index;
      const value = Math.round(Math.sin(2 * Math.PI * frequency * t) * 9_000);
      bytes.writeInt16LE(value, (frame * channels + channel) * 2);
    });
  }
  return bytes;
}

/** Where chunk `index` starts in the session's audio, in bytes (all chunks have CHUNK_FRAMES frames). */
export function offsetOf(index: number, channels = 1): number {
  return index * CHUNK_FRAMES * channels * 2;
}

export function pcmChunks(count: number, tracks: readonly Track[] = [ME], from = 0): Buffer[] {
  return Array.from({ length: count }, (_, offset) => pcmChunk(from + offset, tracks));
}

/** One channel of interleaved s16le as numbers. */
export function channel(pcm: Buffer, index: number, channels: number): Float64Array {
  const frames = Math.floor(pcm.length / (2 * channels));
  const out = new Float64Array(frames);
  for (let frame = 0; frame < frames; frame += 1) out[frame] = pcm.readInt16LE((frame * channels + index) * 2);
  return out;
}

/** Energy at one frequency (Goertzel), normalised by length: which tone a channel carries. */
export function toneEnergy(samples: Float64Array, frequency: number, rate = RATE): number {
  const coefficient = 2 * Math.cos((2 * Math.PI * frequency) / rate);
  let previous = 0;
  let beforePrevious = 0;
  for (const sample of samples) {
    const current = sample + coefficient * previous - beforePrevious;
    beforePrevious = previous;
    previous = current;
  }
  return (
    (previous * previous + beforePrevious * beforePrevious - coefficient * previous * beforePrevious) / samples.length
  );
}
