import type { SynthDiscussion } from './synth-discussion';

/**
 * The synthesised discussions: voices differ the way people's do — variant (timbre), pitch, speed — and
 * some pairs are deliberately close (two low male voices, two high female ones).
 */
export const DISCUSSIONS: readonly SynthDiscussion[] = [
  {
    name: 'gd4-a (4 voices)',
    seed: 11,
    turns: 36,
    voices: [
      { voice: 'ja+m3', pitch: 35, speed: 160 },
      { voice: 'ja+f2', pitch: 70, speed: 150 },
      { voice: 'ja+m1', pitch: 20, speed: 175 },
      { voice: 'ja+f4', pitch: 55, speed: 140 },
    ],
  },
  {
    name: 'gd4-b (4 voices)',
    seed: 23,
    turns: 36,
    voices: [
      { voice: 'ja+m2', pitch: 45, speed: 150 },
      { voice: 'ja+m6', pitch: 30, speed: 165 },
      { voice: 'ja+f1', pitch: 65, speed: 155 },
      { voice: 'ja+f5', pitch: 80, speed: 145 },
    ],
  },
  {
    name: 'gd4-c (4 voices)',
    seed: 37,
    turns: 40,
    voices: [
      { voice: 'ja+m4', pitch: 40, speed: 170 },
      { voice: 'ja+f3', pitch: 60, speed: 150 },
      { voice: 'ja+m7', pitch: 25, speed: 150 },
      { voice: 'ja+f2', pitch: 85, speed: 165 },
    ],
  },
  {
    name: 'gd3 (3 voices)',
    seed: 41,
    turns: 30,
    voices: [
      { voice: 'ja+m3', pitch: 30, speed: 155 },
      { voice: 'ja+f4', pitch: 70, speed: 150 },
      { voice: 'ja+m5', pitch: 50, speed: 170 },
    ],
  },
  {
    name: 'gd5 (5 voices)',
    seed: 53,
    turns: 45,
    voices: [
      { voice: 'ja+m1', pitch: 25, speed: 160 },
      { voice: 'ja+f1', pitch: 65, speed: 150 },
      { voice: 'ja+m6', pitch: 45, speed: 145 },
      { voice: 'ja+f3', pitch: 80, speed: 170 },
      { voice: 'ja+m2', pitch: 35, speed: 180 },
    ],
  },
  {
    name: 'gd6 (6 voices)',
    seed: 67,
    turns: 54,
    voices: [
      { voice: 'ja+m3', pitch: 30, speed: 160 },
      { voice: 'ja+f2', pitch: 75, speed: 150 },
      { voice: 'ja+m7', pitch: 20, speed: 170 },
      { voice: 'ja+f5', pitch: 55, speed: 145 },
      { voice: 'ja+m4', pitch: 45, speed: 150 },
      { voice: 'ja+f1', pitch: 90, speed: 160 },
    ],
  },
  // Held out: written after the outlier rule and the hint were settled, never used to choose them.
  {
    name: 'held-out gd4-d (4 voices)',
    seed: 101,
    turns: 40,
    voices: [
      { voice: 'ja+m5', pitch: 35, speed: 150 },
      { voice: 'ja+f4', pitch: 75, speed: 160 },
      { voice: 'ja+m2', pitch: 55, speed: 145 },
      { voice: 'ja+f1', pitch: 50, speed: 175 },
    ],
  },
  {
    name: 'held-out gd4-e (4 voices)',
    seed: 211,
    turns: 40,
    voices: [
      { voice: 'ja+m6', pitch: 40, speed: 165 },
      { voice: 'ja+m1', pitch: 30, speed: 150 },
      { voice: 'ja+f3', pitch: 65, speed: 150 },
      { voice: 'ja+f5', pitch: 85, speed: 140 },
    ],
  },
];
