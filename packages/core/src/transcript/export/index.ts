import type { TranscriptContent, TranscriptFormat } from '../model';
import { toTranscriptJson } from './json';
import { toSrt } from './srt';
import { toPlainText } from './text';
import { toWebVtt } from './vtt';

export { TRANSCRIPT_JSON_FORMAT, TRANSCRIPT_JSON_VERSION, toTranscriptJson } from './json';
export { toSrt } from './srt';
export { toPlainText } from './text';
export { toWebVtt } from './vtt';

export const TRANSCRIPT_EXPORT_TYPES: Record<TranscriptFormat, { extension: string; mimeType: string }> = {
  vtt: { extension: 'vtt', mimeType: 'text/vtt; charset=utf-8' },
  srt: { extension: 'srt', mimeType: 'application/x-subrip; charset=utf-8' },
  text: { extension: 'txt', mimeType: 'text/plain; charset=utf-8' },
  json: { extension: 'json', mimeType: 'application/json; charset=utf-8' },
};

export function exportTranscript(content: TranscriptContent, format: TranscriptFormat): string {
  switch (format) {
    case 'vtt':
      return toWebVtt(content);
    case 'srt':
      return toSrt(content);
    case 'text':
      return toPlainText(content);
    case 'json':
      return toTranscriptJson(content);
  }
}
