import type { Message } from '../domain/message';
import type { JapaneseEncoding } from '../text/text-encoding';
import type { ImportWarning } from './formats/import-warning';
import type { TranscriptContent, TranscriptFormat, TranscriptSpeaker } from './model';

/** How many lines the import preview shows: enough to recognise the conversation and who is who. */
export const PREVIEW_LINES = 8;

export interface TranscriptPreviewSpeaker extends TranscriptSpeaker {
  segmentCount: number;
  /** The speaker's first words, to tell "Speaker 1" from "Speaker 2". */
  firstLine: string;
}

/** What an imported file would become, shown before anything is saved (POST …/transcripts/preview). */
export interface TranscriptPreview {
  fileName: string;
  format: TranscriptFormat;
  encoding: JapaneseEncoding;
  language: string;
  segmentCount: number;
  /** From the first segment's start to the last one's end; null when the file had no times. */
  durationMs: number | null;
  speakers: TranscriptPreviewSpeaker[];
  firstLines: Array<{ speaker: string; startMs: number; text: string }>;
  /** Cues skipped to read the file (a malformed one), each with its line; the server fills them in. */
  warnings?: ImportWarning[];
  /** What the role guess could not settle (which group member is the user), to ask before saving. */
  rolesNote?: Message | null;
}

const LINE_CHARS = 120;

const clip = (text: string): string => (text.length > LINE_CHARS ? `${text.slice(0, LINE_CHARS - 1)}…` : text);

export function previewTranscript(
  content: TranscriptContent,
  file: { fileName: string; encoding: TranscriptPreview['encoding'] },
): TranscriptPreview {
  const { segments, source } = content;
  const estimated = source.kind === 'import' && source.estimatedTiming === true;
  const first = segments[0];
  const last = segments.at(-1);
  return {
    fileName: file.fileName,
    format: source.kind === 'import' ? source.format : 'json',
    encoding: file.encoding,
    language: content.language,
    segmentCount: segments.length,
    durationMs: estimated || !first || !last ? null : last.endMs - first.startMs,
    speakers: content.speakers.map((speaker) => {
      const own = segments.filter((segment) => segment.speaker === speaker.key);
      return { ...speaker, segmentCount: own.length, firstLine: clip(own[0]?.text ?? '') };
    }),
    firstLines: segments
      .slice(0, PREVIEW_LINES)
      .map((segment) => ({ speaker: segment.speaker, startMs: segment.startMs, text: clip(segment.text) })),
  };
}
