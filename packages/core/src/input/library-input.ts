import type { ApplicationFields, CompanyFields, EventFields, Participant } from '../domain/entities';
import { APPLICATION_STATUSES, CONSENT_STATES, EVENT_TYPES, INTERVIEW_ROUNDS } from '../domain/labels';
import { FieldReader } from './fields';

/** Validated input is exactly the user-editable fields of each entity. */
export type CompanyInput = CompanyFields;
export type ApplicationInput = ApplicationFields;
export type EventInput = EventFields;

const MAX_PARTICIPANTS = 50;

export function parseCompanyInput(input: unknown): CompanyInput {
  const fields = new FieldReader(input);
  const value = { name: fields.text('name', { required: true, max: 200 }), notes: fields.text('notes') };
  fields.done();
  return value;
}

export function parseApplicationInput(input: unknown): ApplicationInput {
  const fields = new FieldReader(input);
  const companyId = fields.optionalId('companyId');
  if (companyId === null) fields.fail('companyId', { ja: '企業を選んでください', en: 'Choose a company' });
  const value = {
    companyId: companyId ?? '',
    role: fields.text('role', { max: 200 }),
    status: fields.oneOf('status', APPLICATION_STATUSES, 'in_progress'),
    notes: fields.text('notes'),
  };
  fields.done();
  return value;
}

export function parseEventInput(input: unknown, today: string): EventInput {
  const fields = new FieldReader(input);
  const type = fields.oneOf('type', EVENT_TYPES);
  const round = fields.optionalOneOf('round', INTERVIEW_ROUNDS);
  if (round !== null && type !== 'interview') {
    fields.fail('round', { ja: '選考段階は面接にのみ指定できます', en: 'Only interviews have a round' });
  }
  const date = fields.text('date') || today;
  if (!isCalendarDate(date)) fields.fail('date', { ja: '日付は YYYY-MM-DD 形式です', en: 'Date must be YYYY-MM-DD' });
  const time = fields.text('time') || null;
  if (time !== null && !/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) {
    fields.fail('time', { ja: '時刻は HH:MM 形式です', en: 'Time must be HH:MM' });
  }
  const value: EventInput = {
    companyId: fields.optionalId('companyId'),
    applicationId: fields.optionalId('applicationId'),
    type,
    round,
    title: fields.text('title', { max: 200 }),
    date,
    time,
    participants: readParticipants(fields),
    notes: fields.text('notes'),
    consent: fields.oneOf('consent', CONSENT_STATES, 'not_asked'),
  };
  if (value.companyId === null && type !== 'practice') {
    fields.fail('companyId', { ja: '企業を選んでください（練習以外）', en: 'Choose a company (except for practice)' });
  }
  fields.done();
  return value;
}

function readParticipants(fields: FieldReader): Participant[] {
  const raw = fields.raw('participants');
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw) || raw.length > MAX_PARTICIPANTS) {
    fields.fail('participants', { ja: '参加者の形式が正しくありません', en: 'Malformed participants' });
    return [];
  }
  const participants: Participant[] = [];
  for (const entry of raw) {
    const item = new FieldReader(entry);
    const participant = { name: item.text('name', { max: 100 }), role: item.text('role', { max: 100 }) };
    try {
      item.done();
    } catch {
      fields.fail('participants', { ja: '参加者の形式が正しくありません', en: 'Malformed participants' });
      return [];
    }
    if (participant.name !== '' || participant.role !== '') participants.push(participant);
  }
  return participants;
}

export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
