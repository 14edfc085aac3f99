import type { Bookmark as RecordedBookmark } from '@furikaeri/core';

export interface Bookmark {
  atMs: number;
  label: string;
}

/** Bookmarks the recorder set while recording ("this question matters"), in time order, for the timeline. */
export function toTimelineBookmarks(recorded: readonly RecordedBookmark[] | null): Bookmark[] {
  return (recorded ?? [])
    .filter((bookmark) => Number.isFinite(bookmark.offsetMs) && bookmark.offsetMs >= 0)
    .map((bookmark) => ({ atMs: bookmark.offsetMs, label: '' }))
    .sort((a, b) => a.atMs - b.atMs);
}
