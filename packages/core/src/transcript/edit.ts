import { AppError } from '../domain/app-error';
import type { SpeakerRole, TranscriptSegment, TranscriptSpeaker } from './model';
import { SPEAKER_ROLES } from './model';

/** The part of a transcript the user edits; the rest (source, regions) is what the machine heard. */
export interface EditableTranscript {
  speakers: TranscriptSpeaker[];
  segments: TranscriptSegment[];
}

/** One user correction. Each is small and named so that undo and the UI can describe it. */
export type TranscriptEdit =
  | { op: 'rename-speaker'; speaker: string; label: string }
  /** `remember`: when the role is me, the speaker's name is kept as one of the user's own names. */
  | { op: 'set-role'; speaker: string; role: SpeakerRole; remember?: boolean }
  | { op: 'add-speaker'; label: string; role: SpeakerRole }
  | { op: 'edit-text'; segmentId: string; text: string }
  | { op: 'reassign'; segmentId: string; speaker: string }
  | { op: 'split'; segmentId: string; atChar: number }
  | { op: 'merge-next'; segmentId: string };

export const TRANSCRIPT_EDIT_OPS = [
  'rename-speaker',
  'set-role',
  'add-speaker',
  'edit-text',
  'reassign',
  'split',
  'merge-next',
] as const;

export function applyTranscriptEdit(transcript: EditableTranscript, edit: TranscriptEdit): EditableTranscript {
  switch (edit.op) {
    case 'rename-speaker':
      requireSpeaker(transcript, edit.speaker);
      return mapSpeaker(transcript, edit.speaker, (speaker) => ({ ...speaker, label: requireLabel(edit.label) }));
    case 'set-role':
      requireSpeaker(transcript, edit.speaker);
      // Choosing a role, even the guessed one, confirms it: the guess marker and its evidence go.
      return mapSpeaker(transcript, edit.speaker, ({ guessed: _guessed, evidence: _evidence, ...speaker }) => ({
        ...speaker,
        role: requireRole(edit.role),
      }));
    case 'add-speaker':
      return addSpeaker(transcript, requireLabel(edit.label), requireRole(edit.role));
    case 'edit-text':
      return mapSegment(transcript, edit.segmentId, (segment) => ({
        ...segment,
        text: requireText(edit.text),
        // The engine's token timing no longer matches corrected text.
        tokens: undefined,
      }));
    case 'reassign':
      requireSpeaker(transcript, edit.speaker);
      return mapSegment(transcript, edit.segmentId, (segment) => ({ ...segment, speaker: edit.speaker }));
    case 'split':
      return splitSegment(transcript, edit.segmentId, edit.atChar);
    case 'merge-next':
      return mergeWithNext(transcript, edit.segmentId);
  }
}

function addSpeaker(transcript: EditableTranscript, label: string, role: SpeakerRole): EditableTranscript {
  const taken = new Set(transcript.speakers.map((speaker) => speaker.key));
  let index = transcript.speakers.length + 1;
  while (taken.has(`U${index}`)) index += 1;
  return { ...transcript, speakers: [...transcript.speakers, { key: `U${index}`, label, role }] };
}

/** Splits at a character of the text; the time is divided where the tokens say, else in proportion to characters. */
function splitSegment(transcript: EditableTranscript, segmentId: string, atChar: number): EditableTranscript {
  const index = indexOfSegment(transcript, segmentId);
  const segment = transcript.segments[index] as TranscriptSegment;
  const chars = Array.from(segment.text);
  if (!Number.isInteger(atChar) || atChar <= 0 || atChar >= chars.length) {
    throw invalid({ ja: '分割する位置が文の途中ではありません', en: 'The split point must be inside the text' });
  }
  const splitMs = splitTime(segment, atChar, chars.length);
  const first: TranscriptSegment = {
    ...segment,
    endMs: splitMs,
    text: chars.slice(0, atChar).join('').trim(),
    tokens: segment.tokens?.filter((token) => token.endMs <= splitMs),
  };
  const second: TranscriptSegment = {
    ...segment,
    id: freshSegmentId(transcript),
    startMs: splitMs,
    text: chars.slice(atChar).join('').trim(),
    tokens: segment.tokens?.filter((token) => token.startMs >= splitMs),
  };
  const segments = [...transcript.segments];
  segments.splice(index, 1, first, second);
  return { ...transcript, segments };
}

function splitTime(segment: TranscriptSegment, atChar: number, totalChars: number): number {
  const tokens = segment.tokens ?? [];
  let seen = 0;
  for (const token of tokens) {
    seen += Array.from(token.text).length;
    if (seen >= atChar) return token.endMs;
  }
  return Math.round(segment.startMs + ((segment.endMs - segment.startMs) * atChar) / totalChars);
}

function mergeWithNext(transcript: EditableTranscript, segmentId: string): EditableTranscript {
  const index = indexOfSegment(transcript, segmentId);
  const segment = transcript.segments[index] as TranscriptSegment;
  const next = transcript.segments[index + 1];
  if (!next) throw invalid({ ja: '次の発言がありません', en: 'There is no next segment to merge with' });
  const merged: TranscriptSegment = {
    ...segment,
    endMs: Math.max(segment.endMs, next.endMs),
    text: joinText(segment.text, next.text),
    confidence: lowerConfidence(segment.confidence, next.confidence),
    tokens: segment.tokens && next.tokens ? [...segment.tokens, ...next.tokens] : undefined,
  };
  const segments = [...transcript.segments];
  segments.splice(index, 2, merged);
  return { ...transcript, segments };
}

/** Japanese needs no space between sentences; Latin text does. */
function joinText(first: string, second: string): string {
  const needsSpace = /[A-Za-z0-9.,!?]$/.test(first) && /^[A-Za-z0-9]/.test(second);
  return needsSpace ? `${first} ${second}` : `${first}${second}`;
}

function lowerConfidence(a: number | null, b: number | null): number | null {
  if (a === null || b === null) return a ?? b;
  return Math.min(a, b);
}

function mapSpeaker(
  transcript: EditableTranscript,
  key: string,
  change: (speaker: TranscriptSpeaker) => TranscriptSpeaker,
): EditableTranscript {
  return {
    ...transcript,
    speakers: transcript.speakers.map((speaker) => (speaker.key === key ? change(speaker) : speaker)),
  };
}

function mapSegment(
  transcript: EditableTranscript,
  segmentId: string,
  change: (segment: TranscriptSegment) => TranscriptSegment,
): EditableTranscript {
  const index = indexOfSegment(transcript, segmentId);
  const segments = [...transcript.segments];
  segments[index] = change(segments[index] as TranscriptSegment);
  return { ...transcript, segments };
}

function indexOfSegment(transcript: EditableTranscript, segmentId: string): number {
  const index = transcript.segments.findIndex((segment) => segment.id === segmentId);
  if (index < 0) throw notFound({ ja: '発言が見つかりません', en: 'Segment not found' });
  return index;
}

function requireSpeaker(transcript: EditableTranscript, key: string): void {
  if (!transcript.speakers.some((speaker) => speaker.key === key)) {
    throw notFound({ ja: '話者が見つかりません', en: 'Speaker not found' });
  }
}

function freshSegmentId(transcript: EditableTranscript): string {
  const taken = new Set(transcript.segments.map((segment) => segment.id));
  let index = transcript.segments.length + 1;
  while (taken.has(`seg-${index}`)) index += 1;
  return `seg-${index}`;
}

function requireLabel(label: string): string {
  const trimmed = label.normalize('NFC').trim();
  if (trimmed === '' || trimmed.length > 40) {
    throw invalid({ ja: '話者名は1〜40文字で入力してください', en: 'A speaker name has 1 to 40 characters' });
  }
  return trimmed;
}

function requireText(text: string): string {
  const trimmed = text.normalize('NFC').trim();
  if (trimmed === '') throw invalid({ ja: '発言を空にはできません', en: 'A segment cannot be empty' });
  if (trimmed.length > 5_000) throw invalid({ ja: '発言が長すぎます', en: 'The segment is too long' });
  return trimmed;
}

function requireRole(role: SpeakerRole): SpeakerRole {
  if (!(SPEAKER_ROLES as readonly string[]).includes(role)) {
    throw invalid({ ja: '役割が正しくありません', en: 'Unknown role' });
  }
  return role;
}

function invalid(message: { ja: string; en: string }): AppError {
  return new AppError('validation', message);
}

function notFound(message: { ja: string; en: string }): AppError {
  return new AppError('not_found', message);
}
