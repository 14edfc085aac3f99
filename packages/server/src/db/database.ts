import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { runMigrations } from './migrations';

export type Db = Database.Database;

/**
 * The one module that opens the database. The vault (privacy issue) keys it here, with the
 * multiple-ciphers build already in place, so no service changes when encryption arrives.
 */
export function openDatabase(file: string): Db {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  // WAL lets the CLI and a running server share the file; busy_timeout makes them wait rather than fail.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  runMigrations(db);
  return db;
}

/** Runs fn in an IMMEDIATE transaction: it takes the write lock up front, so two processes never deadlock. */
export function inTransaction<T>(db: Db, fn: () => T): T {
  return db.transaction(fn).immediate();
}
