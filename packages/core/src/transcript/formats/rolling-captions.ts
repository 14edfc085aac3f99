import type { WebVttCue } from 'webvtt-parser';
import { readCueLine } from './cue-line';

/** Karaoke timestamps (`<00:00:01.520>`) inside cue text: YouTube/yt-dlp auto-captions write them. */
const KARAOKE_TIMESTAMP = /<\d{1,2}:\d{2}[:.]\d{2}/;

/**
 * YouTube's auto-captions roll: each cue repeats the line before the new one, and a 10-ms cue between
 * them repeats it once more. Files with karaoke timestamps are read as rolling captions.
 */
export function isRollingCaptions(cues: readonly WebVttCue[]): boolean {
  return cues.some((cue) => KARAOKE_TIMESTAMP.test(cue.text));
}

/** The lines of a rolling cue that the cue before did not already show. */
export function dropRollingRepeats(lines: readonly string[], previous: readonly string[]): string[] {
  const shown = new Set(previous.map((line) => readCueLine(line).text));
  return lines.filter((line) => !shown.has(readCueLine(line).text));
}
