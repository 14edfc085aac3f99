/** The screens, addressed by the URL hash so the server only ever serves index.html. */
export type Route =
  | { name: 'home' }
  | { name: 'company'; id: string }
  | { name: 'event'; id: string }
  | { name: 'record'; eventId: string }
  | { name: 'settings' }
  | { name: 'guide' }
  | { name: 'not-found'; path: string };

const STATIC_ROUTES: Record<string, Route> = {
  '/': { name: 'home' },
  '/settings': { name: 'settings' },
  '/guide': { name: 'guide' },
};

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  const fixed = STATIC_ROUTES[path.length > 1 ? path.replace(/\/$/, '') : path];
  if (fixed) return fixed;
  const record = /^\/events\/([^/?#]+)\/record\/?$/.exec(path);
  if (record?.[1]) return { name: 'record', eventId: safeDecode(record[1]) };
  const match = /^\/(companies|events)\/([^/?#]+)\/?$/.exec(path);
  if (!match?.[2]) return { name: 'not-found', path };
  const id = safeDecode(match[2]);
  return match[1] === 'companies' ? { name: 'company', id } : { name: 'event', id };
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

export const href = {
  home: () => '#/',
  company: (id: string) => `#/companies/${encodeURIComponent(id)}`,
  event: (id: string) => `#/events/${encodeURIComponent(id)}`,
  record: (eventId: string) => `#/events/${encodeURIComponent(eventId)}/record`,
  settings: () => '#/settings',
  guide: () => '#/guide',
};

export function navigate(target: string): void {
  window.location.hash = target;
}
