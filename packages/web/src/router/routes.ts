/** The three screens, addressed by the URL hash so the server only ever serves index.html. */
export type Route =
  | { name: 'home' }
  | { name: 'company'; id: string }
  | { name: 'event'; id: string }
  | { name: 'not-found'; path: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  if (path === '/') return { name: 'home' };
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
};

export function navigate(target: string): void {
  window.location.hash = target;
}
