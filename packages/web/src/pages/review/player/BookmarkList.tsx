import { formatDuration } from '@furikaeri/core';
import { useLocale } from '../../../i18n/LocaleContext';
import { reviewText } from '../../../i18n/strings/review';
import type { Bookmark } from './bookmarks';

/** The recorder's bookmarks as buttons: the markers on the waveform, reachable by keyboard. */
export function BookmarkList({ bookmarks, onSeek }: { bookmarks: readonly Bookmark[]; onSeek(ms: number): void }) {
  const { t } = useLocale();
  if (bookmarks.length === 0) return null;
  return (
    <nav className="bookmarks" aria-label={t(reviewText.bookmarks)} data-testid="bookmarks">
      <span className="bookmarks__title">{t(reviewText.bookmarks)}</span>
      <ul className="bookmarks__list">
        {bookmarks.map((bookmark) => (
          <li key={`${bookmark.atMs}:${bookmark.label}`}>
            <button type="button" className="chip-button" onClick={() => onSeek(bookmark.atMs)}>
              <span aria-hidden="true">★ </span>
              {t(reviewText.bookmarkAt(formatDuration(bookmark.atMs), bookmark.label))}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
