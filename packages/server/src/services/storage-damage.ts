import path from 'node:path';
import { AppError } from '@furikaeri/core';

/**
 * SQLite's words for a database file it cannot trust: a page that fails to decrypt or authenticate
 * (SQLITE_CORRUPT), or a file that is no database at all (SQLITE_NOTADB: the first page is damaged).
 */
export function isDatabaseDamaged(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB');
}

/** The library's database cannot be read: what it means and what to do, for the page and the CLI. */
export function databaseDamaged(file: string): AppError {
  const name = path.basename(file);
  const folder = path.dirname(file);
  return new AppError(
    'integrity',
    {
      ja: `ライブラリのデータベース（${name}）が壊れていて読めません。furikaeri を終了し、バックアップから ${name} をデータフォルダ（${folder}）に戻してから、もう一度開いてください。パスフレーズや回復キーの問題ではないので、パスフレーズを変える必要はありません。`,
      en: `The library's database (${name}) is damaged and cannot be read. Quit furikaeri, restore ${name} from a backup into the data folder (${folder}), then open it again. This is not a problem with your passphrase or recovery key: there is no need to change them.`,
    },
    { file },
  );
}

/**
 * vault.json, the one file that holds the library's key (wrapped by the passphrase and by the recovery key),
 * cannot be read. Without it nothing can be decrypted, so the recovery key cannot stand in for it.
 */
export function vaultFileDamaged(file: string, reason: string): AppError {
  return new AppError(
    'integrity',
    {
      ja: `ライブラリの鍵ファイル（${file}）が壊れているため、ライブラリを開けません。バックアップから vault.json を同じ場所に戻してください。このファイルがないと、パスフレーズでも回復キーでも開けません（録音とデータは暗号化されたまま残っています）。新しく作り直すと、これまでのデータは読めなくなります。`,
      en: `The library's key file (${file}) is damaged, so the library cannot be opened. Restore vault.json from a backup to the same place. Without it neither the passphrase nor the recovery key can open the library (your recordings and data are still there, encrypted). Setting up a new library would leave the old data unreadable.`,
    },
    { file, reason },
  );
}
