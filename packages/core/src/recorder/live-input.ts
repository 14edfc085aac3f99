import { FieldReader } from '../input/fields';
import { readPracticeTake } from '../prep/prep-input';
import type { PracticeTake } from '../prep/views';
import { type CaptureFormat, MAX_RECORDING_MS, MAX_SAMPLE_RATE, MIN_SAMPLE_RATE } from './capture-format';
import {
  type AudioProcessing,
  CAPTURE_MODES,
  FAITHFUL_PROCESSING,
  STOP_REASONS,
  type StartLiveSessionInput,
  type StopReason,
} from './live-session';

function integer(fields: FieldReader, field: string, min: number, max: number, fallback?: number): number {
  const value = fields.raw(field);
  if (value === undefined && fallback !== undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    fields.fail(field, {
      ja: `${min}〜${max} の整数を指定してください`,
      en: `Must be an integer from ${min} to ${max}`,
    });
    return min;
  }
  return value;
}

function flag(fields: FieldReader, field: string, fallback: boolean): boolean {
  const value = fields.raw(field);
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') {
    fields.fail(field, { ja: 'true か false を指定してください', en: 'Must be true or false' });
    return fallback;
  }
  return value;
}

function processing(value: unknown, fields: FieldReader): AudioProcessing {
  if (value === undefined) return FAITHFUL_PROCESSING;
  const inner = new FieldReader(value);
  const result = {
    echoCancellation: flag(inner, 'echoCancellation', false),
    noiseSuppression: flag(inner, 'noiseSuppression', false),
    autoGainControl: flag(inner, 'autoGainControl', false),
  };
  try {
    inner.done();
  } catch {
    fields.fail('processing', { ja: '音声処理の設定が不正です', en: 'Malformed audio processing settings' });
  }
  return result;
}

function practiceTake(value: unknown, fields: FieldReader): PracticeTake | null {
  if (value === undefined || value === null) return null;
  const inner = new FieldReader(value);
  const take = readPracticeTake(inner);
  try {
    inner.done();
  } catch {
    fields.fail('practiceAttempt', { ja: '練習の質問の指定が不正です', en: 'Malformed practice question' });
  }
  return take;
}

/** POST /api/events/:id/live-sessions. */
export function parseStartLiveSession(input: unknown): StartLiveSessionInput {
  const fields = new FieldReader(input);
  const mode = fields.oneOf('mode', CAPTURE_MODES, 'in_person');
  const sampleRate = integer(fields, 'sampleRate', MIN_SAMPLE_RATE, MAX_SAMPLE_RATE);
  const channels = integer(fields, 'channels', 1, 2);
  if (mode === 'in_person' && channels !== 1) {
    fields.fail('channels', { ja: '対面モードは 1 チャンネルです', en: 'In-person mode records one channel' });
  }
  if (mode === 'online' && channels !== 2) {
    fields.fail('channels', {
      ja: 'オンラインモードは 2 チャンネル（自分・相手）です',
      en: 'Online mode records two channels (you, them)',
    });
  }
  const format: CaptureFormat = { sampleRate, channels: channels === 2 ? 2 : 1 };
  const value: StartLiveSessionInput = {
    mode,
    practice: flag(fields, 'practice', false),
    format,
    processing: processing(fields.raw('processing'), fields),
    continues: fields.optionalId('continues'),
    practiceAttempt: practiceTake(fields.raw('practiceAttempt'), fields),
  };
  fields.done();
  return value;
}

/** POST /api/live-sessions/:id/bookmarks. */
export function parseBookmarkInput(input: unknown): { offsetMs: number } {
  const fields = new FieldReader(input);
  const offsetMs = integer(fields, 'offsetMs', 0, MAX_RECORDING_MS);
  fields.done();
  return { offsetMs };
}

/** POST /api/live-sessions/:id/stop. */
export function parseStopInput(input: unknown): { reason: StopReason } {
  const fields = new FieldReader(input);
  const reason = fields.oneOf('reason', STOP_REASONS, 'user');
  fields.done();
  return { reason };
}

/** GET /api/live/capacity?minutes=&sampleRate=&channels= (query strings arrive as text). */
export function parseCapacityQuery(query: Record<string, string | undefined>): {
  minutes: number;
  format: CaptureFormat;
} {
  const numbers = Object.fromEntries(
    ['minutes', 'sampleRate', 'channels'].map((key) => [
      key,
      query[key] === undefined ? undefined : Number(query[key]),
    ]),
  );
  const fields = new FieldReader(numbers);
  const minutes = integer(fields, 'minutes', 1, MAX_RECORDING_MS / 60_000, 60);
  const sampleRate = integer(fields, 'sampleRate', MIN_SAMPLE_RATE, MAX_SAMPLE_RATE, 16_000);
  const channels = integer(fields, 'channels', 1, 2, 1);
  fields.done();
  return { minutes, format: { sampleRate, channels: channels === 2 ? 2 : 1 } };
}
