import { formatDuration, type Message, type SearchHitView } from '@furikaeri/core';
import { useLocale } from '../../i18n/LocaleContext';
import { searchText } from '../../i18n/strings/search';
import { href } from '../../router/routes';
import { Snippet } from './Snippet';

const KIND_LABELS: Record<SearchHitView['kind'], Message> = {
  segment: searchText.kindSegment,
  'event-note': searchText.kindEventNote,
  'question-note': searchText.kindQuestionNote,
};

/** One hit as a link: a moment of a transcript opens the review there; an event note opens the event. */
export function SearchHit({ eventId, hit }: { eventId: string; hit: SearchHitView }) {
  const { t } = useLocale();
  const target =
    hit.kind === 'event-note' || hit.startMs === null ? href.event(eventId) : href.review(eventId, hit.startMs);
  const where = hit.startMs === null ? t(searchText.openEvent) : t(searchText.playAt(formatDuration(hit.startMs)));
  return (
    <li>
      <a className="search-hit" href={target} data-testid="search-hit" data-kind={hit.kind}>
        <span className="search-hit__meta">
          <span className="search-hit__kind">{t(KIND_LABELS[hit.kind])}</span>
          <span className="search-hit__where">{where}</span>
        </span>
        <Snippet text={hit.snippet} />
      </a>
    </li>
  );
}
