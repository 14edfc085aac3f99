import type { Message } from '../../domain/message';
import { jsonTooDeepAt, MAX_JSON_DEPTH } from '../../text/json-depth';
import {
  SPEAKER_ROLES,
  type SpeakerRole,
  type SpeechRegion,
  type TranscriptContent,
  type TranscriptSegment,
  type TranscriptSpeaker,
} from '../model';
import { lineAt, locateJson } from './json-locator';
import { invalidLine } from './parse-error';

/** A content error with the path of the value at fault; turned into a line number by the caller. */
class ContentError extends Error {
  constructor(
    readonly path: string,
    readonly ja: string,
    readonly en: string,
  ) {
    super(en);
  }
}

/**
 * Our own JSON (TranscriptContent, or a whole stored Transcript whose extra fields are ignored), as the app
 * exports it. Every field is checked; an error names the line of the value at fault and its path.
 */
export function parseTranscriptJson(text: string, fileName: string): TranscriptContent {
  const clean = text.replace(/^\uFEFF/, '');
  const tooDeep = jsonTooDeepAt(clean);
  if (tooDeep !== null) {
    throw invalidLine(
      'json',
      lineAt(clean, tooDeep),
      `入れ子が深すぎます（${MAX_JSON_DEPTH} 段まで）。文字起こしの JSON ではないようです。`,
      `it is nested too deeply (at most ${MAX_JSON_DEPTH} levels); this is not a transcript.`,
    );
  }
  const located = locateJson(clean);
  if (located.errorOffset !== null) {
    throw invalidLine(
      'json',
      lineAt(clean, located.errorOffset),
      'JSON の書式が正しくありません。',
      'the JSON syntax is invalid.',
    );
  }
  try {
    return readContent(JSON.parse(clean) as unknown, fileName);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    const offset = located.offsets.get(error.path) ?? 0;
    const where = error.path === '' ? '' : ` (${error.path})`;
    throw invalidLine('json', lineAt(clean, offset), `${error.ja}${where}`, `${error.en}${where}`);
  }
}

function readContent(root: unknown, fileName: string): TranscriptContent {
  const object = record(root, '');
  const language = object.language ?? 'ja';
  if (typeof language !== 'string' || language === '')
    throw new ContentError('language', '言語が不正です', 'invalid language');
  const speakers = array(object.speakers, 'speakers').map((item, index) => readSpeaker(item, `speakers.${index}`));
  const keys = new Set<string>();
  speakers.forEach((speaker, index) => {
    if (keys.has(speaker.key))
      throw new ContentError(`speakers.${index}.key`, '話者の key が重複しています', 'duplicate speaker key');
    keys.add(speaker.key);
  });
  const segments = array(object.segments, 'segments').map((item, index) =>
    readSegment(item, `segments.${index}`, keys),
  );
  const ids = new Set<string>();
  segments.forEach((segment, index) => {
    if (ids.has(segment.id))
      throw new ContentError(`segments.${index}.id`, 'セグメントの id が重複しています', 'duplicate segment id');
    ids.add(segment.id);
  });
  const regions = object.speechRegions === undefined ? [] : array(object.speechRegions, 'speechRegions');
  return {
    language,
    source: { kind: 'import', format: 'json', fileName },
    speakers,
    segments,
    speechRegions: regions.map((item, index) => readSpan(item, `speechRegions.${index}`)),
  };
}

function readSpeaker(value: unknown, path: string): TranscriptSpeaker {
  const object = record(value, path);
  const key = nonEmptyString(object.key, `${path}.key`);
  const label = typeof object.label === 'string' ? object.label : key;
  const role = object.role ?? 'unknown';
  if (typeof role !== 'string' || !(SPEAKER_ROLES as readonly string[]).includes(role)) {
    throw new ContentError(
      `${path}.role`,
      `役割は ${SPEAKER_ROLES.join(' / ')} のいずれかです`,
      `role must be one of ${SPEAKER_ROLES.join(', ')}`,
    );
  }
  // Our export is lossless, so a guess stays a guess after a round trip (and its evidence with it).
  const guess =
    object.guessed === true
      ? {
          guessed: true as const,
          ...(typeof object.confidence === 'number' ? { confidence: object.confidence } : {}),
          evidence: Array.isArray(object.evidence) ? object.evidence.filter(isMessage) : [],
        }
      : {};
  return { key, label, role: role as SpeakerRole, ...guess };
}

function isMessage(value: unknown): value is Message {
  if (typeof value !== 'object' || value === null) return false;
  const { ja, en } = value as Record<string, unknown>;
  return typeof ja === 'string' && typeof en === 'string';
}

function readSegment(value: unknown, path: string, speakers: Set<string>): TranscriptSegment {
  const object = record(value, path);
  const speaker = nonEmptyString(object.speaker, `${path}.speaker`);
  if (!speakers.has(speaker))
    throw new ContentError(
      `${path}.speaker`,
      `話者「${speaker}」が speakers にありません`,
      `speaker "${speaker}" is not in speakers`,
    );
  const span = readSpan(object, path);
  if (typeof object.text !== 'string')
    throw new ContentError(`${path}.text`, 'text は文字列です', 'text must be a string');
  const confidence = object.confidence ?? null;
  if (confidence !== null && (typeof confidence !== 'number' || confidence < 0 || confidence > 1)) {
    throw new ContentError(`${path}.confidence`, 'confidence は 0〜1 か null です', 'confidence must be 0…1 or null');
  }
  const segment: TranscriptSegment = {
    id: nonEmptyString(object.id, `${path}.id`),
    speaker,
    ...span,
    text: object.text,
    confidence,
  };
  if (object.tokens !== undefined) {
    segment.tokens = array(object.tokens, `${path}.tokens`).map((token, index) => {
      const tokenPath = `${path}.tokens.${index}`;
      const item = record(token, tokenPath);
      if (typeof item.text !== 'string')
        throw new ContentError(`${tokenPath}.text`, 'text は文字列です', 'text must be a string');
      return { text: item.text, ...readSpan(item, tokenPath) };
    });
  }
  return segment;
}

function readSpan(value: unknown, path: string): SpeechRegion {
  const object = record(value, path);
  const startMs = milliseconds(object.startMs, `${path}.startMs`);
  const endMs = milliseconds(object.endMs, `${path}.endMs`);
  if (endMs < startMs)
    throw new ContentError(`${path}.endMs`, 'endMs が startMs より前です', 'endMs is before startMs');
  return { startMs, endMs };
}

function milliseconds(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new ContentError(path, '0 以上の整数（ミリ秒）が必要です', 'must be a non-negative integer (milliseconds)');
  }
  return value;
}

function record(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ContentError(path, 'オブジェクトが必要です', 'an object is expected');
  }
  return value as Record<string, unknown>;
}

function array(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) throw new ContentError(path, '配列が必要です', 'an array is expected');
  return value;
}

function nonEmptyString(value: unknown, path: string): string {
  if (typeof value !== 'string' || value === '')
    throw new ContentError(path, '空でない文字列が必要です', 'a non-empty string is expected');
  return value;
}
