import type { Readable } from 'node:stream';
import type { AsrWindow } from '@furikaeri/core';
import { readPcmBlocks } from './pcm-channels';

const SAMPLES_PER_MS = 16;

export interface WindowAudio {
  window: AsrWindow;
  samples: Float32Array;
}

/**
 * Second pass: the audio of each recogniser window, in the order windows end, from one sequential read.
 * Only the windows being filled are in memory (a few × ≤ 30 s), however long the recording.
 * `firstSample` is where the stream starts (a resumed run skips the part it has already recognised).
 */
export async function* windowAudio(
  stream: Readable,
  channels: number,
  windows: readonly AsrWindow[],
  signal: AbortSignal,
  firstSample = 0,
): AsyncGenerator<WindowAudio> {
  const queue = [...windows].sort((a, b) => a.startMs - b.startMs);
  const filling: { window: AsrWindow; start: number; samples: Float32Array }[] = [];
  let next = 0;
  let position = firstSample;
  for await (const block of readPcmBlocks(stream, channels, signal, firstSample)) {
    const blockEnd = block.firstSample + (block.channels[0]?.length ?? 0);
    while (next < queue.length && (queue[next]?.startMs ?? 0) * SAMPLES_PER_MS < blockEnd) {
      const window = queue[next++];
      if (!window) continue;
      const start = window.startMs * SAMPLES_PER_MS;
      filling.push({ window, start, samples: new Float32Array((window.endMs - window.startMs) * SAMPLES_PER_MS) });
    }
    for (const entry of filling) {
      const source = block.channels[entry.window.channel] ?? block.channels[0];
      if (!source) continue;
      const from = Math.max(entry.start, block.firstSample);
      const to = Math.min(entry.start + entry.samples.length, blockEnd);
      if (to > from)
        entry.samples.set(source.subarray(from - block.firstSample, to - block.firstSample), from - entry.start);
    }
    position = blockEnd;
    for (const entry of takeFinished(filling, position)) yield { window: entry.window, samples: entry.samples };
  }
  // The recording ended: what is still open gets what there was.
  for (const entry of filling.splice(0)) {
    yield { window: entry.window, samples: entry.samples.subarray(0, Math.max(0, position - entry.start)) };
  }
  for (const window of queue.slice(next)) yield { window, samples: new Float32Array(0) };
}

function takeFinished<T extends { start: number; samples: Float32Array }>(filling: T[], position: number): T[] {
  const finished = filling.filter((e) => e.start + e.samples.length <= position);
  for (const entry of finished) filling.splice(filling.indexOf(entry), 1);
  return finished;
}
