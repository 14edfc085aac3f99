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

/** The format from the file name, else from the content (a missing or generic extension). */
export function detectTranscriptFormat(fileName: string, text: string): TranscriptFormat {
  const extension = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  const known = extension ? BY_EXTENSION[extension] : undefined;
  if (known) return known;
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('WEBVTT')) return 'vtt';
  if (start.startsWith('{')) return 'json';
  if (/^\d+\s*\r?\n\s*\d{1,2}:\d{2}:\d{2},\d{1,3}\s*-->/.test(start)) return 'srt';
  return 'text';
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
