import { FieldReader } from '../input/fields';
import type { PrepNote } from './checklist';
import { JOB_FIELD_CHOICES, JOB_TRACKS, type JobChoice } from './job-profile';
import type { PracticeSetKind, PracticeTake } from './views';

/**
 * How much one text may hold, shared with the page: the forms count against these and say so, rather than a
 * browser `maxlength` cutting a pasted answer off without a word.
 */
export const PREP_TEXT_LIMITS = { draft: 5_000, practiceAnswer: 10_000 } as const;

/** The length the limits count: the server's (NFC, trimmed), so the page and the server agree. */
export function limitedLength(text: string): number {
  return text.normalize('NFC').trim().length;
}

function textList(fields: FieldReader, field: string, maxItems: number, maxChars: number): string[] {
  const value = fields.raw(field);
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.length > maxItems || value.some((item) => typeof item !== 'string')) {
    fields.fail(field, {
      ja: `${maxItems}件以内の文字列のリストで指定してください`,
      en: `Must be a list of at most ${maxItems} texts`,
    });
    return [];
  }
  const items = (value as string[]).map((item) => item.normalize('NFC').trim()).filter((item) => item !== '');
  if (items.some((item) => item.length > maxChars)) {
    fields.fail(field, {
      ja: `各項目は${maxChars}文字以内にしてください`,
      en: `Each item at most ${maxChars} characters`,
    });
  }
  return items;
}

/** PUT /api/prep/:target/notes — a draft answer and key points for one question. */
export function parsePrepNote(input: unknown): PrepNote {
  const fields = new FieldReader(input);
  const note = {
    question: fields.text('question', { required: true, max: 500 }),
    draft: fields.text('draft', { max: PREP_TEXT_LIMITS.draft }),
    keyPoints: textList(fields, 'keyPoints', 20, 200),
  };
  fields.done();
  return note;
}

/** PUT /api/prep/:target/job — the kind of job as corrected (null or absent: guessed again). */
export function parseJobChoice(input: unknown): JobChoice {
  const fields = new FieldReader(input);
  const choice = {
    field: fields.optionalOneOf('field', JOB_FIELD_CHOICES),
    track: fields.optionalOneOf('track', JOB_TRACKS),
  };
  fields.done();
  return choice;
}

/** PUT /api/prep/:target/reverse-questions — the 逆質問 I want to ask. */
export function parseReverseQuestions(input: unknown): string[] {
  const fields = new FieldReader(input);
  const questions = textList(fields, 'questions', 30, 300);
  fields.done();
  return questions;
}

export const PRACTICE_SET_KINDS: readonly PracticeSetKind[] = ['predicted', 'category', 'weak', 'bank'];

/** POST /api/practice/attempts — my answer to one practice question, typed or transcribed. */
export function parsePracticeAnswer(input: unknown): {
  questionKey: string;
  question: string;
  answer: string;
  durationMs: number | null;
  keyPoints: string[];
  scopeId: string | null;
} {
  const fields = new FieldReader(input);
  const duration = fields.raw('durationMs');
  const durationMs =
    typeof duration === 'number' && Number.isFinite(duration) && duration > 0 ? Math.round(duration) : null;
  if (duration !== undefined && duration !== null && durationMs === null) {
    fields.fail('durationMs', { ja: '正の数で指定してください', en: 'Must be a positive number' });
  }
  const parsed = {
    questionKey: fields.text('questionKey', { required: true, max: 600 }),
    question: fields.text('question', { required: true, max: 500 }),
    answer: fields.text('answer', { required: true, max: PREP_TEXT_LIMITS.practiceAnswer }),
    durationMs,
    keyPoints: textList(fields, 'keyPoints', 20, 200),
    scopeId: fields.optionalId('scopeId'),
  };
  fields.done();
  return parsed;
}

/** PUT /api/question-bank/best — mark one answer of a group as my best (eventId null clears it). */
export function parseBestMark(input: unknown): {
  groupKey: string;
  answer: { eventId: string; questionId: string } | null;
} {
  const fields = new FieldReader(input);
  const groupKey = fields.text('groupKey', { required: true, max: 600 });
  const eventId = fields.optionalId('eventId');
  const questionId = fields.text('questionId', { max: 20 });
  if (eventId && questionId === '') fields.fail('questionId', { ja: '入力してください', en: 'Required' });
  fields.done();
  return { groupKey, answer: eventId ? { eventId, questionId } : null };
}

/** The question a practice take answers (also sent with a recorder session: `parseStartLiveSession`). */
export function readPracticeTake(fields: FieldReader): PracticeTake {
  return {
    questionKey: fields.text('questionKey', { required: true, max: 600 }),
    question: fields.text('question', { required: true, max: 500 }),
    keyPoints: textList(fields, 'keyPoints', 20, 200),
    scopeId: fields.optionalId('scopeId'),
  };
}

/** POST /api/practice/attempts/spoken — a spoken answer: the recorder's recording of it, and what it answered. */
export function parseSpokenPracticeAnswer(input: unknown): PracticeTake & { recordingId: string } {
  const fields = new FieldReader(input);
  const recordingId = fields.optionalId('recordingId');
  if (recordingId === null) fields.fail('recordingId', { ja: '録音を指定してください', en: 'A recording is required' });
  const parsed = { ...readPracticeTake(fields), recordingId: recordingId ?? '' };
  fields.done();
  return parsed;
}
