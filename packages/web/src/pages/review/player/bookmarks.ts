import type { Recording } from '@furikaeri/core';

export interface Bookmark {
  atMs: number;
  label: string;
}

/**
 * Bookmarks the recorder set while recording ("this question matters"). The recorder's field is not part of
 * the shared Recording type yet, so it is read defensively: an array of objects with a time in ms
 * (`atMs`, `timeMs`, `offsetMs` or `ms`) and an optional `label`/`note`. Anything else is ignored.
 */
export function readBookmarks(recording: Recording | null): Bookmark[] {
  const raw = recording ? (recording as unknown as { bookmarks?: unknown }).bookmarks : undefined;
  if (!Array.isArray(raw)) return [];
  const bookmarks: Bookmark[] = [];
  for (const item of raw) {
    if (item === null || typeof item !== 'object') continue;
    const record = item as Record<string, unknown>;
    const atMs = [record.atMs, record.timeMs, record.offsetMs, record.ms].find(
      (value): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0,
    );
    if (atMs === undefined) continue;
    const label = [record.label, record.note].find((value): value is string => typeof value === 'string') ?? '';
    bookmarks.push({ atMs, label: label.trim() });
  }
  return bookmarks.sort((a, b) => a.atMs - b.atMs);
}
