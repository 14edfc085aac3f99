/**
 * Two conditions any request can discover and the whole page must react to:
 * - 401: the session cookie (HttpOnly, unreadable here) is gone → "open the terminal's URL again";
 * - 423: the library was locked (by the user in another tab, or by auto-lock) → ask for the passphrase.
 */
type Listener = () => void;

const unauthorizedListeners = new Set<Listener>();
const lockedListeners = new Set<Listener>();
let expired = false;

function subscribe(listeners: Set<Listener>, listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function reportUnauthorized(): void {
  expired = true;
  for (const listener of unauthorizedListeners) listener();
}

export function isSessionExpired(): boolean {
  return expired;
}

export function onSessionExpired(listener: Listener): () => void {
  return subscribe(unauthorizedListeners, listener);
}

/** The server said "locked", or the live stream dropped (locking ends it): re-check the vault. */
export function reportMaybeLocked(): void {
  for (const listener of lockedListeners) listener();
}

export function onMaybeLocked(listener: Listener): () => void {
  return subscribe(lockedListeners, listener);
}

/** Statuses that say something about the whole page rather than the request. */
export function reportStatus(status: number): void {
  if (status === 401) reportUnauthorized();
  else if (status === 423) reportMaybeLocked();
}
