import { AppError } from '../../domain/app-error';
import type { TranscriptContent, TranscriptFormat } from '../model';
import type { ParsedTranscriptFile } from './import-warning';
import { parseTranscriptJson } from './json-transcript';
import { parsePlainText } from './plain-text';
import { parseSrt } from './srt';
import { parseWebVtt } from './webvtt';

const BY_EXTENSION: Record<string, TranscriptFormat> = {
  vtt: 'vtt',
  webvtt: 'vtt',
  srt: 'srt',
  txt: 'text',
  text: 'text',
  md: 'text',
  json: 'json',
};

/**
 * The format from the content — WebVTT's header, our JSON, SRT's numbered cues with `-->` — and only when the
 * content does not say, from the file name; anything else is text. Content first: exports are renamed, and
 * Zoom's closed-caption file comes as `.txt` (issue #18).
 */
export function detectTranscriptFormat(fileName: string, text: string): TranscriptFormat {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (/^WEBVTT(?:[ \t\r\n]|$)/.test(start)) return 'vtt';
  if (start.startsWith('{')) return 'json';
  if (/^\d+[ \t]*\r?\n[ \t]*\d{1,2}:\d{2}:\d{2},\d{1,3}[ \t]*-->/.test(start)) return 'srt';
  const extension = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  return (extension ? BY_EXTENSION[extension] : undefined) ?? 'text';
}

/** Parses an imported transcript file; a malformed one is refused with an error that names the line. */
export function parseTranscriptFile(fileName: string, text: string, format?: TranscriptFormat): TranscriptContent {
  return readTranscriptFile(fileName, text, format).content;
}

/**
 * Parses an imported transcript file and says what was skipped (a malformed cue, as a browser skips it):
 * the import result carries these warnings. A file that cannot be read at all is refused with its line.
 */
export function readTranscriptFile(fileName: string, text: string, format?: TranscriptFormat): ParsedTranscriptFile {
  if (text.trim() === '') {
    throw new AppError('empty_file', { ja: 'ファイルが空です', en: 'The file is empty' });
  }
  const chosen = format ?? detectTranscriptFormat(fileName, text);
  switch (chosen) {
    case 'vtt':
      return parseWebVtt(text, fileName);
    case 'srt':
      return parseSrt(text, fileName);
    case 'json':
      return { content: parseTranscriptJson(text, fileName), warnings: [] };
    case 'text':
      return { content: parsePlainText(text, fileName), warnings: [] };
  }
}
