import type { TranscriptContent } from '../model';
import { cuesFromPayload } from './cue-payload';
import { blocksOf, numberedLines } from './lines';
import { invalidFile, invalidLine } from './parse-error';
import { parseTimingLine } from './timestamps';
import { buildTranscript, type ParsedCue } from './transcript-builder';

/**
 * SubRip: numbered blocks of `index`, `00:00:01,000 --> 00:00:04,000`, text lines. Speakers are read from
 * "Name: text", "[Name] text" or `<v Name>` in the text, as caption tools write them.
 */
export function parseSrt(text: string, fileName: string): TranscriptContent {
  const cues: ParsedCue[] = [];
  let speaker: string | null = null;
  for (const block of blocksOf(numberedLines(text))) {
    const head = block[0];
    if (!head) continue;
    const hasIndex = /^\d+$/.test(head.text.trim());
    const timingLine = hasIndex ? block[1] : head;
    const timing = timingLine ? parseTimingLine(timingLine.text) : null;
    if (!timingLine || timing === null) {
      const line = timingLine?.number ?? head.number + 1;
      throw invalidLine(
        'srt',
        line,
        '時刻の行（00:00:01,000 --> 00:00:04,000）がありません。',
        'expected a timing line (00:00:01,000 --> 00:00:04,000).',
      );
    }
    if (timing === 'invalid') {
      throw invalidLine(
        'srt',
        timingLine.number,
        `時刻が読めません: 「${timingLine.text}」`,
        `cannot read the times "${timingLine.text}".`,
      );
    }
    if (timing.endMs < timing.startMs) {
      throw invalidLine(
        'srt',
        timingLine.number,
        '終了時刻が開始時刻より前です。',
        'the end time is before the start time.',
      );
    }
    const payload = block.slice(hasIndex ? 2 : 1).map((line) => line.text);
    for (const cue of cuesFromPayload(payload, timing, speaker)) {
      cues.push(cue);
      speaker = cue.speaker;
    }
  }
  if (!cues.some((cue) => cue.text.length > 0)) {
    throw invalidFile('srt', '発言が一つもありません。', 'the file contains no speech.');
  }
  return buildTranscript(cues, { format: 'srt', fileName, estimatedTiming: false });
}
