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
