import type { Company, CompanyInput } from '@furikaeri/core';
import type { Db } from '../db/database';

interface CompanyRow {
  id: string;
  name: string;
  notes: string;
  created_at: string;
  updated_at: string;
}

function toCompany(row: CompanyRow): Company {
  return { id: row.id, name: row.name, notes: row.notes, createdAt: row.created_at, updatedAt: row.updated_at };
}

export class CompanyRepository {
  constructor(private readonly db: Db) {}

  insert(id: string, input: CompanyInput, now: string): Company {
    this.db
      .prepare('INSERT INTO companies (id, name, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
      .run(id, input.name, input.notes, now, now);
    return { id, ...input, createdAt: now, updatedAt: now };
  }

  update(id: string, input: CompanyInput, now: string): void {
    this.db
      .prepare('UPDATE companies SET name = ?, notes = ?, updated_at = ? WHERE id = ?')
      .run(input.name, input.notes, now, id);
  }

  delete(id: string): void {
    this.db.prepare('DELETE FROM companies WHERE id = ?').run(id);
  }

  find(id: string): Company | null {
    const row = this.db.prepare('SELECT * FROM companies WHERE id = ?').get(id) as CompanyRow | undefined;
    return row ? toCompany(row) : null;
  }

  findByName(name: string): Company | null {
    const row = this.db.prepare('SELECT * FROM companies WHERE name = ?').get(name) as CompanyRow | undefined;
    return row ? toCompany(row) : null;
  }

  list(): Company[] {
    const rows = this.db.prepare('SELECT * FROM companies ORDER BY name COLLATE NOCASE').all() as CompanyRow[];
    return rows.map(toCompany);
  }
}
