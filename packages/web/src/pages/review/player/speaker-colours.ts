import type { TranscriptSpeaker } from '@furikaeri/core';

/**
 * One hue per speaker, in the order the transcript lists them. Interviewer/me pairs land on the first two,
 * which differ in hue and lightness (readable for the common colour-vision deficiencies); the name is always
 * written beside the colour, so colour never carries the meaning alone.
 */
const PALETTE = ['#2d6f9e', '#c0612b', '#3d8a5a', '#8a4f9e', '#a3862a', '#5b6b73'] as const;

export function speakerColour(speakers: readonly TranscriptSpeaker[], key: string): string {
  const index = speakers.findIndex((speaker) => speaker.key === key);
  return PALETTE[(index < 0 ? speakers.length : index) % PALETTE.length] as string;
}

/** The same colour, translucent, for a region drawn over the waveform. */
export function regionColour(hex: string, alpha = 0.16): string {
  const value = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(value >> 16) & 255}, ${(value >> 8) & 255}, ${value & 255}, ${alpha})`;
}
