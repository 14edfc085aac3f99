import type { SearchResults } from '@furikaeri/core';
import { request } from './http';

/** Every transcript and note; the server groups hits by event and marks matches with ⟦ ⟧. */
export function searchLibrary(query: string): Promise<SearchResults> {
  return request<SearchResults>('GET', `/search?q=${encodeURIComponent(query)}`);
}
