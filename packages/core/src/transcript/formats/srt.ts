import { cueFileTranscript, readCueTiming } from './cue-file';
import { cuesFromPayload } from './cue-payload';
import { type ImportWarning, type ParsedTranscriptFile, reversedCue, skippedCue } from './import-warning';
import { blocksOf, numberedLines } from './lines';
import { isReversedLine } from './timestamps';
import type { ParsedCue } from './transcript-builder';

/**
 * SubRip: numbered blocks of `index`, `00:00:01,000 --> 00:00:04,000`, text lines. Speakers are read from
 * "Name: text", "[Name] text" or `<v Name>` in the text, as caption tools write them. A block without a
 * readable timing line is skipped with a warning naming its line, as players skip it, and the rest is kept.
 */
export function parseSrt(text: string, fileName: string): ParsedTranscriptFile {
  const cues: ParsedCue[] = [];
  const warnings: ImportWarning[] = [];
  for (const block of blocksOf(numberedLines(text))) {
    const head = block[0];
    if (!head) continue;
    const hasIndex = /^\d+$/.test(head.text.trim());
    const timingLine = hasIndex ? block[1] : head;
    if (!timingLine?.text.includes('-->')) {
      warnings.push(
        skippedCue(
          timingLine?.number ?? head.number,
          '時刻の行がありません',
          'expected a timing line (00:00:01,000 --> 00:00:04,000)',
        ),
      );
      continue;
    }
    const timing = readCueTiming(timingLine);
    if (typeof timing === 'string') {
      warnings.push(
        skippedCue(
          timingLine.number,
          `時刻が読めません: 「${timingLine.text}」`,
          `cannot read the times "${timingLine.text}"`,
        ),
      );
      continue;
    }
    if (isReversedLine(timingLine.text)) {
      warnings.push(reversedCue(timingLine.number));
    }
    const payload = block.slice(hasIndex ? 2 : 1).map((line) => line.text);
    // A cue that names no speaker is spoken by the one before.
    cues.push(...cuesFromPayload(payload, timing, cues.at(-1)?.speaker ?? null));
  }
  return { content: cueFileTranscript('srt', cues, fileName), warnings };
}
