import { AppError } from '../../domain/app-error';
import type { TranscriptFormat } from '../model';

const FORMAT_NAMES: Record<TranscriptFormat, string> = {
  vtt: 'WebVTT',
  srt: 'SRT',
  text: 'テキスト',
  json: 'JSON',
};

/**
 * A file the user imported is wrong at a given line. The message names the line (1-based) so the user can
 * open the file and fix it; the details carry it for the UI.
 */
export function invalidLine(format: TranscriptFormat, line: number, ja: string, en: string): AppError {
  return new AppError(
    'validation',
    {
      ja: `${FORMAT_NAMES[format]}の${line}行目: ${ja}`,
      en: `${format === 'text' ? 'Text' : FORMAT_NAMES[format]} file, line ${line}: ${en}`,
    },
    { format, line },
  );
}

/** A file-level problem with no single line to blame (for example no speech at all). */
export function invalidFile(format: TranscriptFormat, ja: string, en: string): AppError {
  return new AppError(
    'validation',
    { ja: `${FORMAT_NAMES[format]}: ${ja}`, en: `${FORMAT_NAMES[format]}: ${en}` },
    {
      format,
    },
  );
}
