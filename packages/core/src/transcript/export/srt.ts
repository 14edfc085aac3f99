import type { TranscriptContent } from '../model';
import { labelOf } from './speaker-labels';
import { clockTime, oneLine } from './timestamps';

/** SubRip has no speaker markup; the label goes in front of the text, as subtitlers do ("面接官: …"). */
export function toSrt(content: TranscriptContent): string {
  const label = labelOf(content);
  return content.segments
    .map((segment, i) =>
      [
        String(i + 1),
        `${clockTime(segment.startMs, ',')} --> ${clockTime(segment.endMs, ',')}`,
        `${oneLine(label(segment.speaker))}: ${oneLine(segment.text)}`,
      ].join('\n'),
    )
    .join('\n\n')
    .concat('\n');
}
