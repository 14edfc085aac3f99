import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { databaseDamaged, isDatabaseDamaged } from '../services/storage-damage';
import { runMigrations } from './migrations';

export type Db = Database.Database;

/** The library's database, in its data folder. */
export const DATABASE_FILE = 'furikaeri.db';

/**
 * The one module that opens the database. With a key (always, outside a few low-level tests) the whole
 * file, its WAL and its FTS indexes are encrypted by SQLite3MultipleCiphers (ChaCha20-Poly1305, per page).
 */
export function openDatabase(file: string, key?: Buffer): Db {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const db = new Database(file);
  if (key) {
    db.pragma(`hexkey='${key.toString('hex')}'`);
    assertReadable(db, file);
  }
  // Temporary tables and sort spills stay in memory (never a plaintext temp file); deleted rows,
  // such as a shredded recording's key, are overwritten rather than left in free pages.
  db.pragma('temp_store = MEMORY');
  db.pragma('secure_delete = ON');
  // WAL lets the CLI and a running server share the file; busy_timeout makes them wait rather than fail.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  runMigrations(db);
  return db;
}

function assertReadable(db: Db, file: string): void {
  try {
    db.prepare('SELECT COUNT(*) FROM sqlite_master').get();
  } catch (error) {
    db.close();
    // The passphrase was right (the vault file opened with it), so a page that does not decrypt is damage.
    if (isDatabaseDamaged(error)) throw databaseDamaged(file);
    throw error;
  }
}

/** Runs fn in an IMMEDIATE transaction: it takes the write lock up front, so two processes never deadlock. */
export function inTransaction<T>(db: Db, fn: () => T): T {
  return db.transaction(fn).immediate();
}
