import type { ConsentState, EventInput, EventType, InterviewRound, JobEvent, Participant } from '@furikaeri/core';
import type { Db } from '../db/database';
import type { SearchRepository } from './search-repository';

interface EventRow {
  id: string;
  company_id: string | null;
  application_id: string | null;
  type: string;
  round: string | null;
  title: string;
  date: string;
  time: string | null;
  participants: string;
  notes: string;
  consent: string;
  created_at: string;
  updated_at: string;
}

function toEvent(row: EventRow): JobEvent {
  return {
    id: row.id,
    companyId: row.company_id,
    applicationId: row.application_id,
    type: row.type as EventType,
    round: row.round as InterviewRound | null,
    title: row.title,
    date: row.date,
    time: row.time,
    participants: JSON.parse(row.participants) as Participant[],
    notes: row.notes,
    consent: row.consent as ConsentState,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Named parameters shared by insert and update. */
function eventParams(id: string, input: EventInput, now: string) {
  return { id, ...input, participants: JSON.stringify(input.participants), now };
}

export interface EventFilter {
  companyId?: string;
  /** Only these events (the ones search hits name), rather than the whole library. */
  ids?: readonly string[];
}

/** The event's notes are searchable next to its transcript. */
export class EventRepository {
  constructor(
    private readonly db: Db,
    private readonly search: SearchRepository,
  ) {}

  insert(id: string, input: EventInput, now: string): JobEvent {
    this.db
      .prepare(
        `INSERT INTO events (id, company_id, application_id, type, round, title, date, time, participants, notes, consent,
           created_at, updated_at) VALUES (@id, @companyId, @applicationId, @type, @round, @title, @date, @time,
           @participants, @notes, @consent, @now, @now)`,
      )
      .run(eventParams(id, input, now));
    this.indexNotes(id, input.notes);
    return { id, ...input, createdAt: now, updatedAt: now };
  }

  update(id: string, input: EventInput, now: string): void {
    this.db
      .prepare(
        `UPDATE events SET company_id = @companyId, application_id = @applicationId, type = @type, round = @round,
           title = @title, date = @date, time = @time, participants = @participants, notes = @notes,
           consent = @consent, updated_at = @now WHERE id = @id`,
      )
      .run(eventParams(id, input, now));
    this.indexNotes(id, input.notes);
  }

  private indexNotes(id: string, notes: string): void {
    this.search.replaceOne(id, { kind: 'event-note', ref: id, startMs: null, body: notes });
  }

  delete(id: string): void {
    this.db.prepare('DELETE FROM events WHERE id = ?').run(id);
  }

  find(id: string): JobEvent | null {
    const row = this.db.prepare('SELECT * FROM events WHERE id = ?').get(id) as EventRow | undefined;
    return row ? toEvent(row) : null;
  }

  list(filter: EventFilter = {}): JobEvent[] {
    const conditions: string[] = [];
    const parameters: string[] = [];
    if (filter.companyId) {
      conditions.push('company_id = ?');
      parameters.push(filter.companyId);
    }
    if (filter.ids) {
      conditions.push('id IN (SELECT value FROM json_each(?))');
      parameters.push(JSON.stringify(filter.ids));
    }
    const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
    const rows = this.db.prepare(`SELECT * FROM events ${where} ORDER BY date DESC, time DESC`).all(...parameters);
    return (rows as EventRow[]).map(toEvent);
  }
}
