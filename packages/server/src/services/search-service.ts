import { AppError, type EventSummary, type SearchResultGroup, type SearchResults } from '@furikaeri/core';
import type { SearchRepository } from '../repositories/search-repository';
import type { LibraryService } from './library-service';

const MAX_HITS = 200;
const MAX_QUERY_CHARS = 200;

/** Search across every transcript and note; hits grouped by event so the user sees which interview it was. */
export class SearchService {
  constructor(
    private readonly search: SearchRepository,
    private readonly library: LibraryService,
  ) {}

  find(query: string): SearchResults {
    const trimmed = query.normalize('NFC').trim();
    if (trimmed.length > MAX_QUERY_CHARS) {
      throw new AppError('validation', { ja: '検索語が長すぎます', en: 'The search text is too long' });
    }
    if (trimmed === '') return { query: trimmed, groups: [], truncated: false };
    const hits = this.search.search(trimmed, MAX_HITS + 1);
    const eventIds = [...new Set(hits.map((hit) => hit.eventId))];
    const events = new Map(this.library.listEvents({ ids: eventIds }).map((event) => [event.id, event]));
    const groups = new Map<string, SearchResultGroup>();
    for (const hit of hits.slice(0, MAX_HITS)) {
      const event = events.get(hit.eventId);
      if (!event) continue;
      const group = groups.get(hit.eventId) ?? { event: event as EventSummary, hits: [] };
      group.hits.push({ kind: hit.kind, ref: hit.ref, startMs: hit.startMs, snippet: hit.snippet });
      groups.set(hit.eventId, group);
    }
    return { query: trimmed, groups: [...groups.values()], truncated: hits.length > MAX_HITS };
  }
}
