/**
 * A crude source–filter voice for tests that must not depend on fixtures: a glottal pulse train at a
 * voice's pitch through formant resonators, cycling through vowels. Two voices differ in pitch and in
 * vocal-tract length (formants scaled), which is what separates real speakers too.
 */
export interface SyntheticVoice {
  pitchHz: number;
  /** Multiplies every formant: shorter vocal tracts have higher formants. */
  formantScale: number;
}

export const LOW_VOICE: SyntheticVoice = { pitchHz: 110, formantScale: 0.9 };
export const HIGH_VOICE: SyntheticVoice = { pitchHz: 230, formantScale: 1.17 };

const VOWELS: [number, number, number][] = [
  [800, 1200, 2500], // a
  [300, 2300, 3000], // i
  [350, 1300, 2400], // u
  [500, 1900, 2600], // e
  [500, 900, 2500], // o
];

/** Deterministic pseudo-random numbers (tests must not flake). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function speak(voice: SyntheticVoice, seconds: number, seed: number, sampleRate = 16_000): Float32Array {
  const random = seededRandom(seed);
  const out = new Float32Array(Math.round(seconds * sampleRate));
  const syllable = Math.round(0.18 * sampleRate);
  let phase = 0;
  let vowel = VOWELS[0] ?? [500, 1500, 2500];
  const state = [0, 0, 0, 0, 0, 0];
  for (let i = 0; i < out.length; i++) {
    if (i % syllable === 0) vowel = VOWELS[Math.floor(random() * VOWELS.length)] ?? vowel;
    const pitch = voice.pitchHz * (1 + 0.08 * Math.sin((2 * Math.PI * i) / sampleRate / 0.7));
    phase += pitch / sampleRate;
    let source = 0;
    if (phase >= 1) {
      phase -= 1;
      source = 1;
    }
    source += (random() - 0.5) * 0.02;
    let y = source;
    vowel.forEach((formant, k) => {
      const f = formant * voice.formantScale;
      const r = Math.exp((-Math.PI * (60 + 40 * k)) / sampleRate);
      const a1 = 2 * r * Math.cos((2 * Math.PI * f) / sampleRate);
      const a2 = -r * r;
      const next = y + a1 * (state[2 * k] ?? 0) + a2 * (state[2 * k + 1] ?? 0);
      state[2 * k + 1] = state[2 * k] ?? 0;
      state[2 * k] = next;
      y = next * (1 - r);
    });
    const envelope = Math.sin((Math.PI * (i % syllable)) / syllable) ** 0.5;
    out[i] = y * envelope;
  }
  let peak = 0;
  for (const v of out) peak = Math.max(peak, Math.abs(v));
  for (let i = 0; i < out.length; i++) out[i] = ((out[i] ?? 0) / (peak || 1)) * 0.5;
  return out;
}
