import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readPcmBlocks } from '../../src/speech/pcm-channels';

describe('PCM blocks', () => {
  it('splits interleaved stereo into channels across chunks that end inside a sample frame', async () => {
    const frames = 1_000;
    const bytes = Buffer.alloc(frames * 4);
    for (let f = 0; f < frames; f++) {
      bytes.writeInt16LE(f, f * 4);
      bytes.writeInt16LE(-f, f * 4 + 2);
    }
    // Chunks of 7 bytes: every boundary falls inside a frame or a sample.
    const chunks = Array.from({ length: Math.ceil(bytes.length / 7) }, (_, i) => bytes.subarray(i * 7, i * 7 + 7));
    const left: number[] = [];
    const right: number[] = [];
    let expectedFirst = 0;
    for await (const block of readPcmBlocks(Readable.from(chunks), 2, new AbortController().signal)) {
      expect(block.firstSample).toBe(expectedFirst);
      expectedFirst += block.channels[0]?.length ?? 0;
      left.push(...(block.channels[0] ?? []));
      right.push(...(block.channels[1] ?? []));
    }
    expect(left.map((v) => Math.round(v * 32768))).toEqual(Array.from({ length: frames }, (_, f) => f));
    expect(right.map((v) => Math.round(v * 32768))).toEqual(
      Array.from({ length: frames }, (_, f) => (f === 0 ? 0 : -f)),
    );
  });

  it('stops with "cancelled" when the signal is aborted', async () => {
    const controller = new AbortController();
    const blocks = readPcmBlocks(Readable.from([Buffer.alloc(64), Buffer.alloc(64)]), 1, controller.signal);
    await blocks.next();
    controller.abort();
    await expect(blocks.next()).rejects.toMatchObject({ code: 'cancelled' });
  });
});
