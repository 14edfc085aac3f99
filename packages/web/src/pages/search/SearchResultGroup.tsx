import type { SearchResultGroup as Group } from '@furikaeri/core';
import { Badge } from '../../components/Badge';
import { formatDate } from '../../i18n/dates';
import { eventBadge, eventHeading } from '../../i18n/event-labels';
import { useLocale } from '../../i18n/LocaleContext';
import { eventPage } from '../../i18n/strings/event';
import { href } from '../../router/routes';
import { SearchHit } from './SearchHit';

/** The hits of one event under its company, title, kind and date, so the user knows which interview it was. */
export function SearchResultGroup({ group }: { group: Group }) {
  const { t, locale } = useLocale();
  const { event } = group;
  const badge = eventBadge(event);
  return (
    <li className="search-group card" data-testid="search-group" data-event-id={event.id}>
      <header className="search-group__header">
        <h2 className="search-group__title">
          <a href={href.review(event.id)}>{t(eventHeading(event))}</a>
        </h2>
        <p className="search-group__meta">
          <span className="search-group__company">{event.companyName ?? t(eventPage.practice)}</span>
          {badge && <Badge tone="accent">{t(badge)}</Badge>}
          <span className="meta-text">{formatDate(event.date, locale)}</span>
        </p>
      </header>
      <ul className="search-group__hits">
        {group.hits.map((hit) => (
          <SearchHit key={`${hit.kind}:${hit.ref}`} eventId={event.id} hit={hit} />
        ))}
      </ul>
    </li>
  );
}
