import type { TranscriptContent } from '../model';
import { cueFileTranscript, readCueTiming } from './cue-file';
import { cuesFromPayload } from './cue-payload';
import { blocksOf, numberedLines } from './lines';
import { invalidLine } from './parse-error';
import type { ParsedCue } from './transcript-builder';

/** Blocks that carry no speech. */
const NON_CUE_BLOCK = /^(NOTE|STYLE|REGION)(\s|$)/;

/**
 * WebVTT as Zoom ("Name: text" cues), Teams (`<v Name>`, GUID cue ids) and Google Meet caption exports write
 * it. Malformed timing lines, cues without timing, and end-before-start are refused with their line number.
 */
export function parseWebVtt(text: string, fileName: string): TranscriptContent {
  const lines = numberedLines(text);
  const first = lines[0];
  if (!first || !/^WEBVTT(\s|$)/.test(first.text)) {
    throw invalidLine('vtt', 1, 'ファイルが「WEBVTT」で始まっていません。', 'the file does not start with "WEBVTT".');
  }
  const [, ...blocks] = blocksOf(lines);
  const cues: ParsedCue[] = [];
  for (const block of blocks) {
    const head = block[0];
    if (!head || NON_CUE_BLOCK.test(head.text)) continue;
    const timingIndex = block.findIndex((line) => line.text.includes('-->'));
    const timingLine = block[timingIndex];
    if (!timingLine || timingIndex > 1) {
      throw invalidLine(
        'vtt',
        head.number,
        '時刻の行（00:00:01.000 --> 00:00:04.000）がありません。',
        'expected a timing line (00:00:01.000 --> 00:00:04.000).',
      );
    }
    const timing = readCueTiming('vtt', timingLine);
    const payload = block.slice(timingIndex + 1).map((line) => line.text);
    // A cue that names no speaker is spoken by the one before.
    cues.push(...cuesFromPayload(payload, timing, cues.at(-1)?.speaker ?? null));
  }
  return cueFileTranscript('vtt', cues, fileName);
}
