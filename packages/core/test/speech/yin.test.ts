import { describe, expect, it } from 'vitest';
import { YinDetector } from '../../src/index';

const RATE = 8_000;
const detector = new YinDetector({ sampleRate: RATE, window: 128, minHz: 60, maxHz: 500, threshold: 0.15 });

function frame(wave: (t: number) => number, length = 320): Float32Array {
  return Float32Array.from({ length }, (_, i) => wave(i / RATE));
}

describe('YIN', () => {
  it('reads the F0 of pure tones across the speaking range within 1 %', () => {
    for (const hz of [65, 80, 95, 110, 150, 180, 220, 300, 420]) {
      const found = detector.detect(frame((t) => 0.3 * Math.sin(2 * Math.PI * hz * t)));
      expect(Math.abs(found - hz), `${hz} Hz → ${found}`).toBeLessThan(hz * 0.01);
    }
  });

  it('takes the fundamental, not a harmonic, of a voice whose second and third harmonics are stronger', () => {
    const hz = 120;
    const voice = (t: number) =>
      0.3 * Math.sin(2 * Math.PI * hz * t) +
      0.6 * Math.sin(4 * Math.PI * hz * t) +
      0.5 * Math.sin(6 * Math.PI * hz * t);
    expect(Math.abs(detector.detect(frame(voice)) - hz)).toBeLessThan(2);
  });

  it('calls noise unvoiced most of the time, and never reads a pitch outside the range', () => {
    let state = 12_345;
    const noise = () => {
      state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
      return state / 2_147_483_648 - 0.5;
    };
    const results = Array.from({ length: 50 }, () => detector.detect(frame(() => noise())));
    expect(results.filter((hz) => hz === 0).length).toBeGreaterThan(40);
    expect(results.every((hz) => hz === 0 || (hz >= 60 && hz <= 500))).toBe(true);
  });

  it('needs a frame of the window plus the longest lag', () => {
    expect(detector.frameLength).toBeLessThanOrEqual(320);
    expect(detector.detect(frame((t) => 0.3 * Math.sin(2 * Math.PI * 70 * t), detector.frameLength))).toBeGreaterThan(
      68,
    );
  });
});
