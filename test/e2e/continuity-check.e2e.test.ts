import { describe, expect, it } from 'vitest';
import { readWav, type Signal } from '../support/pcm-correlation';
import { hasInterviewWav, INTERVIEW_WAV } from '../support/recorder-browser';
import { continuity } from '../support/recorder-checks';

/**
 * The check the recorder's crash and fault tests rely on, on the fixture itself: it must pass a recording that
 * is whole (also with the 10-ms glitch Chromium's fake microphone makes under load) and fail one that lost or
 * doubled a chunk, or it proves nothing.
 */
describe.skipIf(!hasInterviewWav)(`the recorder continuity check (needs ${INTERVIEW_WAV})`, () => {
  const fixture = hasInterviewWav ? readWav(INTERVIEW_WAV) : { samples: new Float32Array(0), sampleRate: 16_000 };
  const rate = fixture.sampleRate;
  const at = (seconds: number) => Math.round(seconds * rate);
  // Ten seconds of the fixture as a recording would start: a little after its beginning.
  const whole = fixture.samples.slice(1_524, 1_524 + at(10));
  const recording = (...parts: Float32Array[]): Signal => {
    const samples = new Float32Array(parts.reduce((sum, part) => sum + part.length, 0));
    let offset = 0;
    for (const part of parts) {
      samples.set(part, offset);
      offset += part.length;
    }
    return { samples, sampleRate: rate };
  };

  it('passes a whole recording, and finds where in the fixture it starts', () => {
    const found = continuity(recording(whole), fixture);
    expect(found.offset).toBe(1_524);
    expect(found.problem).toBeNull();
    expect(found.glitches).toBe(0);
    expect(found.blocks.length).toBeGreaterThan(10);
  });

  it('passes a capture glitch: 10 ms repeated or skipped inside a block, also the last one', () => {
    const repeated = recording(whole.subarray(0, at(7.05)), whole.subarray(at(7.04)));
    const skipped = recording(whole.subarray(0, at(5.3)), whole.subarray(at(5.31)));
    const inLastBlock = recording(whole.subarray(0, at(9.6)), whole.subarray(at(9.61)));
    for (const signal of [repeated, skipped, inLastBlock]) {
      const found = continuity(signal, fixture);
      expect(found.problem).toBeNull();
      expect(found.glitches).toBeLessThanOrEqual(1);
    }
  });

  it('fails a recording that lost a chunk, or 100 ms, in the middle', () => {
    const lostChunk = recording(whole.subarray(0, at(6)), whole.subarray(at(6.5)));
    const lostTenth = recording(whole.subarray(0, at(4.2)), whole.subarray(at(4.3)));
    expect(continuity(lostChunk, fixture).problem).toMatch(/lost or doubled/);
    expect(continuity(lostTenth, fixture).problem).toMatch(/lost or doubled/);
  });

  it('fails a recording with a chunk doubled', () => {
    const doubled = recording(whole.subarray(0, at(4.5)), whole.subarray(at(4)));
    expect(continuity(doubled, fixture).problem).toMatch(/lost or doubled/);
  });

  it('fails a recording whose last block does not follow', () => {
    const tail = recording(whole.subarray(0, at(8)), whole.subarray(at(9), at(9.5)));
    expect(continuity(tail, fixture).problem).toMatch(/at 8\.0 s/);
  });
});
