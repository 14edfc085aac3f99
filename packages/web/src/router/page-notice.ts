import type { Message } from '@furikaeri/core';

/**
 * A message for the page the user is sent to next ("「株式会社〇〇」を削除しました" on the library after deleting
 * a company). Kept in memory, not in the address: a reload or a bookmark must not announce it again.
 */
let pending: Message | null = null;

export function noticeOnNextPage(message: Message): void {
  pending = message;
}

/** The waiting message, without taking it (a render may run twice); `clearPageNotice` takes it. */
export function peekPageNotice(): Message | null {
  return pending;
}

export function clearPageNotice(): void {
  pending = null;
}
