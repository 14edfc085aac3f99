import type { TranscriptContent } from '../model';
import type { NumberedLine } from './lines';
import { invalidFile, invalidLine } from './parse-error';
import { type CueTiming, parseTimingLine } from './timestamps';
import { buildTranscript, type ParsedCue } from './transcript-builder';

/** The caption formats: blocks of a timing line and text lines. */
type CueFormat = 'srt' | 'vtt';

/** The times on a cue's timing line (one with `-->`); refused, naming the line, if unreadable or reversed. */
export function readCueTiming(format: CueFormat, line: NumberedLine): CueTiming {
  const timing = parseTimingLine(line.text);
  if (timing === null || timing === 'invalid') {
    throw invalidLine(
      format,
      line.number,
      `時刻が読めません: 「${line.text}」`,
      `cannot read the times "${line.text}".`,
    );
  }
  if (timing.endMs < timing.startMs) {
    throw invalidLine(format, line.number, '終了時刻が開始時刻より前です。', 'the end time is before the start time.');
  }
  return timing;
}

/** The transcript of a caption file's cues; a file without a word of speech is refused. */
export function cueFileTranscript(format: CueFormat, cues: ParsedCue[], fileName: string): TranscriptContent {
  if (!cues.some((cue) => cue.text.length > 0)) {
    throw invalidFile(format, '発言が一つもありません。', 'the file contains no speech.');
  }
  return buildTranscript(cues, { format, fileName, estimatedTiming: false });
}
