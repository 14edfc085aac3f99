import type { TranscriptContent } from '../model';
import type { NumberedLine } from './lines';
import { invalidFile } from './parse-error';
import { type CueTiming, parseTimingLine } from './timestamps';
import { buildTranscript, type ParsedCue } from './transcript-builder';

/** The caption formats: blocks of a timing line and text lines. */
type CueFormat = 'srt' | 'vtt';

/**
 * The times on a cue's timing line (one with `-->`), or 'unreadable'. A cue that ends before it starts
 * keeps its start as its end, as players show it.
 */
export function readCueTiming(line: NumberedLine): CueTiming | 'unreadable' {
  const timing = parseTimingLine(line.text);
  if (timing === null || timing === 'invalid') return 'unreadable';
  return { startMs: timing.startMs, endMs: Math.max(timing.startMs, timing.endMs) };
}

/** The transcript of a caption file's cues; a file without a word of speech is refused. */
export function cueFileTranscript(format: CueFormat, cues: ParsedCue[], fileName: string): TranscriptContent {
  if (!cues.some((cue) => cue.text.length > 0)) {
    throw invalidFile(format, '発言が一つもありません。', 'the file contains no speech.');
  }
  return buildTranscript(cues, { format, fileName, estimatedTiming: false });
}
