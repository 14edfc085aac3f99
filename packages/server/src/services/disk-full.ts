import { AppError, type Message } from '@furikaeri/core';

/**
 * A write refused for lack of space: the file system's ENOSPC, a quota's EDQUOT, or SQLite's SQLITE_FULL
 * (the database file could not grow). The one test for it, so every path that writes maps it alike.
 */
export function isDiskFull(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ENOSPC' || code === 'EDQUOT' || code === 'SQLITE_FULL';
}

/**
 * "The disk is full" plus what was kept, which only the caller knows (the original file, the audio up to
 * some point, nothing). A 507 to the page, a sentence to the CLI.
 */
export function diskFullError(kept: Message, details?: Record<string, unknown>): AppError {
  return new AppError(
    'disk_full',
    {
      ja: `パソコンの空き容量がなくなりました。${kept.ja}`,
      en: `The disk is full. ${kept.en}`,
    },
    details,
  );
}

/** Passes `error` on, as disk_full with `kept` when it was a full disk. */
export function withDiskFull(error: unknown, kept: Message): unknown {
  return isDiskFull(error) ? diskFullError(kept) : error;
}

/** What the last-resort handler says when no caller said more: a request is all-or-nothing. */
export const NOTHING_OF_THIS_REQUEST: Message = {
  ja: 'この操作の内容は保存されていません。空き容量を作ってから、もう一度お試しください。',
  en: 'Nothing of this change was saved. Free some space and try again.',
};
