import { describe, expect, it } from 'vitest';
import { clusterSpeakers, MfccExtractor, VOICE_MFCC, VoiceVectorizer, voiceVector } from '../../src/index';
import { PowerSpectrum } from '../../src/speech/fft';
import { hzToMel, melFilterbank, melToHz } from '../../src/speech/mel';
import { HIGH_VOICE, LOW_VOICE, speak } from './support/synthetic-voice';

describe('spectral features', () => {
  it('puts a sine wave into the right FFT bin', () => {
    const fft = new PowerSpectrum(512);
    const frame = Float64Array.from({ length: 512 }, (_, i) => Math.sin((2 * Math.PI * 32 * i) / 512));
    const power = new Float64Array(257);
    fft.compute(frame, power);
    const peak = power.indexOf(Math.max(...power));
    expect(peak).toBe(32);
    expect(power[32]).toBeCloseTo((512 / 2) ** 2, 3);
  });

  // 4 … 1024: an even and an odd number of radix-2 stages (the radix-2² passes, and a last single stage),
  // and the 400-sample frame zero-padded to 512 that the voice features use.
  it.each([
    [4, 3],
    [8, 8],
    [16, 13],
    [32, 32],
    [256, 200],
    [512, 400],
    [1024, 1024],
  ])('gives the power spectrum of a direct DFT (size %i, frame of %i samples, zero-padded)', (size, length) => {
    const fft = new PowerSpectrum(size);
    const frame = Float64Array.from({ length }, (_, i) => Math.sin(i * 0.37) + 0.5 * Math.cos(i * 1.9) + (i % 7) / 10);
    const power = new Float64Array(size / 2 + 1);
    fft.compute(frame, power);
    for (let k = 0; k <= size / 2; k++) {
      let re = 0;
      let im = 0;
      frame.forEach((x, n) => {
        re += x * Math.cos((2 * Math.PI * k * n) / size);
        im -= x * Math.sin((2 * Math.PI * k * n) / size);
      });
      const direct = re * re + im * im;
      expect(Math.abs((power[k] ?? 0) - direct)).toBeLessThan(1e-6 * Math.max(1, direct));
    }
  });

  it('converts between hertz and mel and spaces filters on the mel scale', () => {
    expect(melToHz(hzToMel(1234))).toBeCloseTo(1234, 6);
    const filters = melFilterbank({ sampleRate: 16_000, fftSize: 512, bands: 40, minHz: 20, maxHz: 8_000 });
    expect(filters).toHaveLength(40);
    const widths = filters.map((f) => f.weights.length);
    expect(widths[39]).toBeGreaterThan(widths[0] ?? 0);
  });

  it('treats a frame that runs past the samples as zero-padded', () => {
    const mfcc = new MfccExtractor();
    const samples = speak(LOW_VOICE, 0.1, 3);
    const offset = samples.length - 150;
    const padded = new Float32Array(offset + mfcc.frameLength);
    padded.set(samples);
    const [cut, whole] = [samples, padded].map((source) => {
      const out = new Float64Array(20);
      mfcc.computeFrame(source, offset, out);
      return out;
    });
    for (const [k, value] of (cut ?? []).entries()) expect(value).toBeCloseTo(whole?.[k] ?? Number.NaN, 9);
  });

  it('computes 20 cepstra every 10 ms', () => {
    const mfcc = new MfccExtractor();
    const frames = mfcc.compute(speak(LOW_VOICE, 1, 1));
    expect(frames).toHaveLength(98);
    expect(frames[0]).toHaveLength(20);
    expect(frames.every((f) => f.every(Number.isFinite))).toBe(true);
  });
});

describe('speaker clustering without a model', () => {
  const vectorizer = new VoiceVectorizer();
  const slices = (voice: typeof LOW_VOICE, count: number, seed: number) =>
    Array.from({ length: count }, (_, i) => vectorizer.vectorOf(speak(voice, 1.5, seed + i))).filter(
      (v): v is Float64Array => v !== null,
    );

  it('separates two voices and says there are two', () => {
    const low = slices(LOW_VOICE, 12, 100);
    const high = slices(HIGH_VOICE, 12, 200);
    // Interleaved as in a conversation.
    const vectors = low.flatMap((v, i) => [v, high[i] as Float64Array]);
    const result = clusterSpeakers(vectors);
    expect(result.count).toBe(2);
    const lowLabels = new Set(result.labels.filter((_, i) => i % 2 === 0));
    const highLabels = new Set(result.labels.filter((_, i) => i % 2 === 1));
    expect(lowLabels.size).toBe(1);
    expect(highLabels.size).toBe(1);
    expect([...lowLabels][0]).not.toBe([...highLabels][0]);
  });

  it('keeps a single voice as one speaker', () => {
    const result = clusterSpeakers(slices(LOW_VOICE, 20, 300));
    expect(result.count).toBe(1);
    expect(new Set(result.labels)).toEqual(new Set([0]));
  });

  it('accumulates the same voice vector as the mean and spread of every frame', () => {
    const samples = speak(HIGH_VOICE, 1.5, 9);
    const streamed = vectorizer.vectorOf(samples);
    const fromFrames = voiceVector(new MfccExtractor(VOICE_MFCC).compute(samples));
    expect(streamed).not.toBeNull();
    expect(streamed?.length).toBe(fromFrames?.length);
    for (const [d, value] of (streamed ?? []).entries()) {
      expect(Math.abs(value - (fromFrames?.[d] ?? Number.NaN))).toBeLessThan(1e-9);
    }
  });

  it('gives no vector for a stretch too short to describe a voice', () => {
    expect(vectorizer.vectorOf(new Float32Array(1_000))).toBeNull();
  });
});
