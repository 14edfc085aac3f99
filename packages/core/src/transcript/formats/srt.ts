import type { TranscriptContent } from '../model';
import { cueFileTranscript, readCueTiming } from './cue-file';
import { cuesFromPayload } from './cue-payload';
import { blocksOf, numberedLines } from './lines';
import { invalidLine } from './parse-error';
import type { ParsedCue } from './transcript-builder';

/**
 * SubRip: numbered blocks of `index`, `00:00:01,000 --> 00:00:04,000`, text lines. Speakers are read from
 * "Name: text", "[Name] text" or `<v Name>` in the text, as caption tools write them.
 */
export function parseSrt(text: string, fileName: string): TranscriptContent {
  const cues: ParsedCue[] = [];
  for (const block of blocksOf(numberedLines(text))) {
    const head = block[0];
    if (!head) continue;
    const hasIndex = /^\d+$/.test(head.text.trim());
    const timingLine = hasIndex ? block[1] : head;
    if (!timingLine?.text.includes('-->')) {
      throw invalidLine(
        'srt',
        timingLine?.number ?? head.number + 1,
        '時刻の行（00:00:01,000 --> 00:00:04,000）がありません。',
        'expected a timing line (00:00:01,000 --> 00:00:04,000).',
      );
    }
    const timing = readCueTiming('srt', timingLine);
    const payload = block.slice(hasIndex ? 2 : 1).map((line) => line.text);
    // A cue that names no speaker is spoken by the one before.
    cues.push(...cuesFromPayload(payload, timing, cues.at(-1)?.speaker ?? null));
  }
  return cueFileTranscript('srt', cues, fileName);
}
