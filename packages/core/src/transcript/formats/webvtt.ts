/// <reference path="./webvtt-parser.d.ts" />
import webvtt, { type WebVttCue, type WebVttError } from 'webvtt-parser';
import entities from 'webvtt-parser/html-entities.json' with { type: 'json' };
import { cueFileTranscript } from './cue-file';
import { cuesFromPayload } from './cue-payload';
import { type ImportWarning, type ParsedTranscriptFile, reversedCue, skippedCue } from './import-warning';
import { invalidLine } from './parse-error';
import { dropRollingRepeats, isRollingCaptions } from './rolling-captions';
import { isReversedLine } from './timestamps';
import type { ParsedCue } from './transcript-builder';

/**
 * The reference parser's messages for a cue it drops: an unreadable timing line, or a block that has an
 * identifier but no timing line. Other messages (a setting it ignores, a header line) keep the cue.
 */
const DROPS_THE_CUE = new Set([
  'No timestamp found.',
  'Timestamp must start with a character in the range 0-9.',
  'No time unit separator found.',
  'Must be exactly two digits.',
  'No seconds found or minutes is greater than 59.',
  'No decimal separator (".") found.',
  'Milliseconds must be given in three digits.',
  'You cannot have more than 59 minutes.',
  'You cannot have more than 59 seconds.',
  'No valid timestamp separator found.',
  'Cue identifier needs to be followed by timestamp.',
  'Cue identifier cannot be standalone.',
]);

/**
 * WebVTT, read with the W3C reference parser (`webvtt-parser`: the spec's timing, entity, tag and per-cue
 * error-recovery rules), with the speaker conventions of the exporters on top: Zoom ("Name: text"), Teams
 * (`<v Name>`, GUID cue ids), Google Meet captions, and YouTube/yt-dlp auto-captions (rolling lines,
 * karaoke timestamps). A cue the spec drops is dropped here too, with a warning naming its line; a file
 * without the WEBVTT signature or without a word of speech is refused.
 */
export function parseWebVtt(text: string, fileName: string): ParsedTranscriptFile {
  const clean = text.replace(/^\uFEFF/, '');
  if (!/^WEBVTT([ \t]|\r?\n|\r|$)/.test(clean)) {
    throw invalidLine('vtt', 1, 'ファイルが「WEBVTT」で始まっていません。', 'the file does not start with "WEBVTT".');
  }
  const parsed = new webvtt.WebVTTParser(entities).parse(clean, 'metadata');
  const warnings = droppedCues(parsed.errors, clean);
  const rolling = isRollingCaptions(parsed.cues);
  const cues: ParsedCue[] = [];
  let previousLines: string[] = [];
  for (const cue of parsed.cues) {
    const lines = cue.text.split('\n').filter((line) => line.trim() !== '');
    const payload = rolling ? dropRollingRepeats(lines, previousLines) : lines;
    previousLines = lines;
    if (payload.length === 0) continue;
    cues.push(...cuesFromPayload(payload, timingOf(cue), cues.at(-1)?.speaker ?? null));
  }
  return { content: cueFileTranscript('vtt', cues, fileName), warnings };
}

function timingOf(cue: WebVttCue): { startMs: number; endMs: number } {
  const startMs = Math.round(cue.startTime * 1000);
  // A cue that ends before it starts is kept (browsers show it) and warned about (see droppedCues).
  return { startMs, endMs: Math.max(startMs, Math.round(cue.endTime * 1000)) };
}

const REVERSED = 'End timestamp is not greater than start timestamp.';

/** One warning per dropped block (at the first line the parser complained about in it) and per reversed cue. */
function droppedCues(errors: readonly WebVttError[], text: string): ImportWarning[] {
  const lines = text.split(/\r\n|\r|\n/);
  const blockStart = (line: number): number => {
    let at = line;
    while (at > 1 && (lines[at - 2] ?? '') !== '') at -= 1;
    return at;
  };
  const warnings = new Map<number, ImportWarning>();
  for (const error of errors) {
    const timing = lines[error.line - 1] ?? '';
    if (error.message === REVERSED && isReversedLine(timing)) {
      warnings.set(error.line, reversedCue(error.line));
    }
    if (!DROPS_THE_CUE.has(error.message)) continue;
    const block = blockStart(error.line);
    if (warnings.has(block)) continue;
    const noTiming = error.message.startsWith('Cue identifier');
    warnings.set(
      block,
      noTiming
        ? skippedCue(block, '時刻の行がありません', 'it has no timing line')
        : skippedCue(error.line, `時刻が読めません: 「${timing}」`, `${error.message} "${timing}"`),
    );
  }
  return [...warnings.values()].sort((a, b) => a.line - b.line);
}
