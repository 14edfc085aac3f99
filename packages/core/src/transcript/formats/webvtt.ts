import type { TranscriptContent } from '../model';
import { cuesFromPayload } from './cue-payload';
import { blocksOf, numberedLines } from './lines';
import { invalidFile, invalidLine } from './parse-error';
import { parseTimingLine } from './timestamps';
import { buildTranscript, type ParsedCue } from './transcript-builder';

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
  let speaker: string | null = null;
  for (const block of blocks) {
    const head = block[0];
    if (!head || NON_CUE_BLOCK.test(head.text)) continue;
    const timingIndex = block.findIndex((line) => line.text.includes('-->'));
    if (timingIndex === -1 || timingIndex > 1) {
      throw invalidLine(
        'vtt',
        head.number,
        '時刻の行（00:00:01.000 --> 00:00:04.000）がありません。',
        'expected a timing line (00:00:01.000 --> 00:00:04.000).',
      );
    }
    const timingLine = block[timingIndex] ?? head;
    const timing = parseTimingLine(timingLine.text);
    if (timing === null || timing === 'invalid') {
      throw invalidLine(
        'vtt',
        timingLine.number,
        `時刻が読めません: 「${timingLine.text}」`,
        `cannot read the times "${timingLine.text}".`,
      );
    }
    if (timing.endMs < timing.startMs) {
      throw invalidLine(
        'vtt',
        timingLine.number,
        '終了時刻が開始時刻より前です。',
        'the end time is before the start time.',
      );
    }
    const payload = block.slice(timingIndex + 1).map((line) => line.text);
    for (const cue of cuesFromPayload(payload, timing, speaker)) {
      cues.push(cue);
      speaker = cue.speaker;
    }
  }
  if (!cues.some((cue) => cue.text.length > 0)) {
    throw invalidFile('vtt', '発言が一つもありません。', 'the file contains no speech.');
  }
  return buildTranscript(cues, { format: 'vtt', fileName, estimatedTiming: false });
}
