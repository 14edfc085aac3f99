import type { Readable } from 'node:stream';
import { AppError } from '@furikaeri/core';

/** One block of the recording, split into channels, with the index of its first sample frame. */
export interface PcmBlock {
  firstSample: number;
  channels: Float32Array[];
}

/**
 * Reads interleaved s16le PCM (the import's output) as per-channel float blocks in [-1, 1). A chunk may
 * end inside a sample frame; the remainder is carried to the next one. Memory: one chunk at a time.
 */
export async function* readPcmBlocks(
  stream: Readable,
  channels: number,
  signal: AbortSignal,
  firstSample = 0,
): AsyncGenerator<PcmBlock> {
  const frameBytes = 2 * channels;
  let carry = Buffer.alloc(0);
  let position = firstSample;
  try {
    for await (const chunk of stream) {
      if (signal.aborted) throw cancelled();
      const bytes = carry.length > 0 ? Buffer.concat([carry, chunk as Buffer]) : (chunk as Buffer);
      const frames = Math.floor(bytes.length / frameBytes);
      carry = Buffer.from(bytes.subarray(frames * frameBytes));
      if (frames === 0) continue;
      const out = Array.from({ length: channels }, () => new Float32Array(frames));
      for (let f = 0; f < frames; f++) {
        for (let c = 0; c < channels; c++) {
          const target = out[c];
          if (target) target[f] = bytes.readInt16LE((f * channels + c) * 2) / 32768;
        }
      }
      yield { firstSample: position, channels: out };
      position += frames;
    }
  } finally {
    stream.destroy();
  }
  if (signal.aborted) throw cancelled();
}

export function cancelled(): AppError {
  return new AppError('cancelled', { ja: '中止しました', en: 'Cancelled' });
}
