import type { TranscriptContent } from '../model';
import { labelOf } from './speaker-labels';
import { clockTime, oneLine } from './timestamps';

/** WebVTT escapes: "&", "<" and ">" are markup in cue text, so "-->" can never appear either. */
function escapeCueText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * WebVTT with one cue per segment and the speaker as a voice span (`<v 面接官>…`), which players show
 * and other tools read back as the speaker.
 */
export function toWebVtt(content: TranscriptContent): string {
  const label = labelOf(content);
  const cues = content.segments.map((segment) => {
    const voice = escapeCueText(oneLine(label(segment.speaker)));
    return [
      segment.id,
      `${clockTime(segment.startMs, '.')} --> ${clockTime(segment.endMs, '.')}`,
      `<v ${voice}>${escapeCueText(oneLine(segment.text))}`,
    ].join('\n');
  });
  return ['WEBVTT', ...cues].join('\n\n').concat('\n');
}
