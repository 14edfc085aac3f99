import { type Application, type ApplicationInput, type ApplicationStatus, isClosedStatus } from '@furikaeri/core';
import type { Db } from '../db/database';

interface ApplicationRow {
  id: string;
  company_id: string;
  role: string;
  status: string;
  notes: string;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
}

function toApplication(row: ApplicationRow): Application {
  return {
    id: row.id,
    companyId: row.company_id,
    role: row.role,
    status: row.status as ApplicationStatus,
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    closedAt: row.closed_at,
  };
}

export class ApplicationRepository {
  constructor(private readonly db: Db) {}

  insert(id: string, input: ApplicationInput, now: string): Application {
    const closedAt = isClosedStatus(input.status) ? now : null;
    this.db
      .prepare(
        `INSERT INTO applications (id, company_id, role, status, notes, created_at, updated_at, closed_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(id, input.companyId, input.role, input.status, input.notes, now, now, closedAt);
    return { id, ...input, createdAt: now, updatedAt: now, closedAt };
  }

  /** Closing stamps closed_at once (a later edit keeps the date); reopening clears it. */
  update(id: string, input: ApplicationInput, now: string): void {
    this.db
      .prepare(
        `UPDATE applications SET role = ?, status = ?, notes = ?, updated_at = ?,
           closed_at = CASE WHEN ? THEN COALESCE(closed_at, ?) ELSE NULL END
         WHERE id = ?`,
      )
      .run(input.role, input.status, input.notes, now, isClosedStatus(input.status) ? 1 : 0, now, id);
  }

  delete(id: string): void {
    this.db.prepare('DELETE FROM applications WHERE id = ?').run(id);
  }

  find(id: string): Application | null {
    const row = this.db.prepare('SELECT * FROM applications WHERE id = ?').get(id) as ApplicationRow | undefined;
    return row ? toApplication(row) : null;
  }

  listByCompany(companyId: string): Application[] {
    const rows = this.db
      .prepare('SELECT * FROM applications WHERE company_id = ? ORDER BY created_at')
      .all(companyId) as ApplicationRow[];
    return rows.map(toApplication);
  }

  list(): Application[] {
    return (this.db.prepare('SELECT * FROM applications ORDER BY created_at').all() as ApplicationRow[]).map(
      toApplication,
    );
  }
}
