import {
  decodeJapaneseText,
  type EventType,
  type ImportWarning,
  type JapaneseEncoding,
  type Message,
  previewTranscript,
  type RoleContext,
  readTranscriptFile,
  splitLongSegments,
  type TranscriptContent,
  type TranscriptPreview,
  withInferredRoles,
} from '@furikaeri/core';

/**
 * How far the roles of an imported transcript could be guessed: `settled` false when the user has to say
 * (who is who is unknown, or which group member is the user); `note` then says what to ask.
 */
export interface RoleGuessSummary {
  settled: boolean;
  note: Message | null;
  /** One unnamed speaker (a Whisper SRT): `splitSpeakers` can split it into two by content. */
  splittable: boolean;
}

/** What the transcript reader thread is asked: the file and what the role guess needs of its event. */
export interface TranscriptReadRequest {
  mode: 'import' | 'preview';
  fileName: string;
  bytes: Uint8Array;
  roles: RoleContext;
}

/** An import's reading: the content to store, with its segments already as the JSON the database keeps. */
export interface TranscriptReading {
  mode: 'import';
  content: TranscriptContent;
  segmentsJson: string;
  roles: RoleGuessSummary;
  warnings: ImportWarning[];
  encoding: JapaneseEncoding;
}

export type TranscriptReadResult = TranscriptReading | { mode: 'preview'; preview: TranscriptPreview };

export function roleContext(event: { type: EventType; participants: readonly unknown[] }): RoleContext {
  return { eventType: event.type, participants: event.participants.length > 0 ? event.participants.length + 1 : null };
}

/**
 * Decodes (UTF-8, Shift_JIS, EUC-JP), parses, cuts over-long segments (a one-line file) so that the review
 * page and the analysis stay bounded, and guesses roles. Seconds of CPU for a file at the 20 MB limit, so
 * the server runs it in a worker thread (transcript-reader.ts); a preview is cut down there too.
 */
export function readTranscriptBytes(request: TranscriptReadRequest): TranscriptReadResult {
  const decoded = decodeJapaneseText(request.bytes);
  const parsed = readTranscriptFile(request.fileName, decoded.text);
  const { content, roles } = guessRoles(splitLongSegments(parsed.content), request.roles);
  const warnings = parsed.warnings;
  if (request.mode === 'preview') {
    const preview = previewTranscript(content, { fileName: request.fileName, encoding: decoded.encoding });
    return { mode: 'preview', preview: { ...preview, warnings, rolesNote: roles.note } };
  }
  const segmentsJson = JSON.stringify(content.segments);
  return { mode: 'import', content, segmentsJson, roles, warnings, encoding: decoded.encoding };
}

/**
 * Roles guessed from the conversation and the event (its type; its participant list names the others, so
 * the user makes one more). Our own JSON keeps the roles it states: they were set by a user.
 */
function guessRoles(
  parsed: TranscriptContent,
  context: RoleContext,
): { content: TranscriptContent; roles: RoleGuessSummary } {
  const stated = parsed.source.kind === 'import' && parsed.source.format === 'json';
  if (stated && parsed.speakers.some((speaker) => speaker.role !== 'unknown')) {
    return { content: parsed, roles: { settled: true, note: null, splittable: false } };
  }
  const { content, inference } = withInferredRoles(parsed, context);
  const splittable = content.speakers.length === 1;
  return { content, roles: { settled: inference.settled, note: inference.note, splittable } };
}
