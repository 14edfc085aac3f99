import { describe, expect, it } from 'vitest';
import { extractPitch, mergeRanges, type PcmSource } from '../../src/analysis/pitch-extractor';

const RATE = 16_000;

/** s16le PCM: a sine per channel (0 Hz = silence), handed out in awkward chunk sizes to test the framing. */
function source(seconds: number, hzByChannel: number[], chunk = 4_099): PcmSource {
  const channels = hzByChannel.length;
  const frames = Math.round(seconds * RATE);
  const pcm = Buffer.alloc(frames * channels * 2);
  for (let i = 0; i < frames; i += 1) {
    hzByChannel.forEach((hz, channel) => {
      const value = hz === 0 ? 0 : Math.round(0.3 * 32_767 * Math.sin((2 * Math.PI * hz * i) / RATE));
      pcm.writeInt16LE(value, (i * channels + channel) * 2);
    });
  }
  return {
    sampleRate: RATE,
    channels,
    async *read(range) {
      const end = Math.min(range.end + 1, pcm.length);
      for (let at = range.start; at < end; at += chunk) yield pcm.subarray(at, Math.min(at + chunk, end));
    },
  };
}

const voiced = (hz: number[]) => hz.filter((value) => value > 0);

describe('pitch from PCM (YIN on channel 0 at 8 kHz)', () => {
  it('finds the F0 of a low male-range voice and of a higher one', async () => {
    for (const f0 of [95, 220]) {
      const [track] = await extractPitch(source(2, [f0]), [{ startMs: 0, endMs: 2_000 }]);
      const values = voiced(track?.hz ?? []);
      expect(values.length).toBeGreaterThan(80);
      for (const value of values) expect(Math.abs(value - f0)).toBeLessThan(f0 * 0.03);
    }
  });

  it('reads channel 0 (the microphone) of a two-channel recording and only the requested time', async () => {
    const tracks = await extractPitch(source(4, [180, 1_000]), [{ startMs: 1_000, endMs: 2_000 }]);
    expect(tracks).toHaveLength(1);
    expect(tracks[0]?.startMs).toBeGreaterThanOrEqual(1_000);
    expect(tracks[0]?.hopMs).toBe(20);
    expect(tracks[0]?.hz.length).toBeGreaterThan(45);
    expect(tracks[0]?.hz.length).toBeLessThanOrEqual(50);
    // Channel 1 (the 1 kHz tone) would read as unvoiced or far from 180 Hz; nearly every frame is voiced.
    const voicedHz = voiced(tracks[0]?.hz ?? []);
    expect(voicedHz.length).toBeGreaterThan(40);
    expect(Math.max(...voicedHz.map((v) => Math.abs(v - 180)))).toBeLessThan(6);
  });

  it('marks silence unvoiced', async () => {
    const [track] = await extractPitch(source(1, [0]), [{ startMs: 0, endMs: 1_000 }]);
    expect(voiced(track?.hz ?? [])).toEqual([]);
  });

  it('merges adjacent ranges and drops empty ones', () => {
    expect(
      mergeRanges([
        { startMs: 5_000, endMs: 6_000 },
        { startMs: 0, endMs: 1_000 },
        { startMs: 1_050, endMs: 2_000 },
        { startMs: 3_000, endMs: 3_000 },
      ]),
    ).toEqual([
      { startMs: 0, endMs: 2_000 },
      { startMs: 5_000, endMs: 6_000 },
    ]);
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    controller.abort(new Error('cancelled'));
    await expect(extractPitch(source(1, [150]), [{ startMs: 0, endMs: 500 }], controller.signal)).rejects.toThrow(
      'cancelled',
    );
  });
});
