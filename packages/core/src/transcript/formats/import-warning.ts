import type { Message } from '../../domain/message';
import type { TranscriptContent } from '../model';

/**
 * Something in an imported file that was skipped while the rest was kept, as a browser drops a malformed
 * cue and shows the others. The line is 1-based; the message names it for the user.
 */
export interface ImportWarning {
  line: number;
  message: Message;
}

/** A parsed file: the transcript, and what was skipped to read it. */
export interface ParsedTranscriptFile {
  content: TranscriptContent;
  warnings: ImportWarning[];
}

/** "Line 12: the cue was skipped (…)" in both languages. */
export function skippedCue(line: number, ja: string, en: string): ImportWarning {
  return {
    line,
    message: {
      ja: `${line}行目の字幕を読み飛ばしました（${ja}）`,
      en: `Line ${line}: the cue was skipped (${en})`,
    },
  };
}

/** A cue that ends before it starts: kept, with its end set to its start. */
export function reversedCue(line: number): ImportWarning {
  return {
    line,
    message: {
      ja: `${line}行目: 終了時刻が開始時刻より前です（開始時刻にそろえました）`,
      en: `Line ${line}: the cue ends before it starts (its end was set to its start)`,
    },
  };
}
