import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/database';
import { LATEST_SCHEMA_VERSION, schemaVersion } from '../src/db/migrations';
import { tempDir } from './support/temp-context';

let dir: string;
beforeEach(() => {
  dir = tempDir('furikaeri-db-');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('database migrations', () => {
  it('creates the schema on first start and keeps data across restarts', () => {
    const file = path.join(dir, 'nested', 'furikaeri.db');
    const db = openDatabase(file);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    db.prepare(
      `INSERT INTO companies (id, name, created_at, updated_at) VALUES ('co_aaaaaaaaaaaa', 'A', 'x', 'x')`,
    ).run();
    db.close();
    const reopened = openDatabase(file);
    expect(schemaVersion(reopened)).toBe(LATEST_SCHEMA_VERSION);
    expect(reopened.prepare('SELECT COUNT(*) AS n FROM companies').get()).toEqual({ n: 1 });
    expect(reopened.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(reopened.pragma('foreign_keys', { simple: true })).toBe(1);
    reopened.close();
  });

  it('refuses a data folder written by a newer version instead of corrupting it', () => {
    const file = path.join(dir, 'furikaeri.db');
    const db = openDatabase(file);
    db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(LATEST_SCHEMA_VERSION + 5, 'x');
    db.close();
    expect(() => openDatabase(file)).toThrow(/newer furikaeri/);
  });
});

/** Three companies: one with a single application, one with two, one with none. */
function seedCompanies(db: ReturnType<typeof openDatabase>, now: string): void {
  const company = db.prepare('INSERT INTO companies (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)');
  const application = db.prepare(
    `INSERT INTO applications (id, company_id, status, created_at, updated_at) VALUES (?, ?, 'in_progress', ?, ?)`,
  );
  company.run('co_single', '一社株式会社', now, now);
  company.run('co_double', '二件株式会社', now, now);
  company.run('co_none', '未応募株式会社', now, now);
  application.run('app_single', 'co_single', now, now);
  application.run('app_double_a', 'co_double', now, now);
  application.run('app_double_b', 'co_double', now, now);
}

describe('migration 12: events linked to their company’s only application', () => {
  const now = '2026-01-01T00:00:00.000Z';
  function seed(db: ReturnType<typeof openDatabase>): void {
    seedCompanies(db, now);
    const event = db.prepare(
      `INSERT INTO events (id, company_id, application_id, type, date, consent, created_at, updated_at)
       VALUES (?, ?, ?, 'interview', '2025-12-01', 'granted', ?, ?)`,
    );
    event.run('ev_single_1', 'co_single', null, now, now);
    event.run('ev_single_2', 'co_single', null, now, now);
    event.run('ev_double', 'co_double', null, now, now);
    event.run('ev_double_linked', 'co_double', 'app_double_b', now, now);
    event.run('ev_none', 'co_none', null, now, now);
    event.run('ev_practice', null, null, now, now);
  }

  it('links where the company has exactly one application and leaves every other event as it was', () => {
    const file = path.join(dir, 'furikaeri.db');
    const before = openDatabase(file);
    // A data folder written before migration 12: events without their application.
    before.prepare('DELETE FROM schema_migrations WHERE version = 12').run();
    seed(before);
    before.close();

    const db = openDatabase(file);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    const links = Object.fromEntries(
      (
        db.prepare('SELECT id, application_id FROM events').all() as { id: string; application_id: string | null }[]
      ).map((row) => [row.id, row.application_id]),
    );
    expect(links).toEqual({
      ev_single_1: 'app_single',
      ev_single_2: 'app_single',
      ev_double: null,
      ev_double_linked: 'app_double_b',
      ev_none: null,
      ev_practice: null,
    });
    db.close();
  });
});

describe('migration 14: drafts and 逆質問 per application', () => {
  const now = '2026-01-01T00:00:00.000Z';
  it('moves a company’s prep to its only application, keeps it company-wide otherwise, drops orphans', () => {
    const file = path.join(dir, 'furikaeri.db');
    const before = openDatabase(file);
    // A data folder written before migration 14: prep kept per company, and rows of a deleted company.
    before.prepare('DELETE FROM schema_migrations WHERE version = 14').run();
    seedCompanies(before, now);
    const note = before.prepare(
      `INSERT INTO prep_notes (scope_id, question, draft, key_points, updated_at) VALUES (?, '志望動機', ?, '[]', ?)`,
    );
    const reverse = before.prepare(
      'INSERT INTO prep_reverse_questions (scope_id, questions, updated_at) VALUES (?, ?, ?)',
    );
    for (const scope of ['co_single', 'co_double', 'co_none', 'co_deleted']) {
      note.run(scope, `draft of ${scope}`, now);
      reverse.run(scope, `["ask ${scope}"]`, now);
    }
    before.close();

    const db = openDatabase(file);
    const scopes = (table: string) =>
      (db.prepare(`SELECT scope_id FROM ${table} ORDER BY scope_id`).all() as { scope_id: string }[]).map(
        (row) => row.scope_id,
      );
    const expected = ['app_single', 'co_double', 'co_none'];
    expect(scopes('prep_notes')).toEqual(expected);
    expect(scopes('prep_reverse_questions')).toEqual(expected);
    expect(db.prepare("SELECT draft FROM prep_notes WHERE scope_id = 'app_single'").get()).toEqual({
      draft: 'draft of co_single',
    });
    db.close();
  });
});
