import type { TranscriptContent } from '../model';
import { labelOf } from './speaker-labels';
import { oneLine, readingTime } from './timestamps';

/** For reading and pasting: "[01:23] 面接官: …", one line per segment. */
export function toPlainText(content: TranscriptContent): string {
  const label = labelOf(content);
  return content.segments
    .map((s) => `[${readingTime(s.startMs)}] ${oneLine(label(s.speaker))}: ${oneLine(s.text)}`)
    .join('\n')
    .concat('\n');
}
