/**
 * What may be fetched without the session: the page itself and its bundled files, read-only. The UI routes
 * by the URL hash, so the server never needs to answer any other path for a visitor without a session; every
 * other path and every other method — the API above all, however it is spelled — needs the token (allow-list,
 * deny the rest).
 */
const PUBLIC_FILES = new Set(['/', '/index.html', '/favicon.svg']);
/** Vite's hashed bundle: one level below /assets, plain file names only. */
const BUNDLED_ASSET = /^\/assets\/[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

export function isPublicRequest(method: string, routerPath: string): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false;
  return PUBLIC_FILES.has(routerPath) || BUNDLED_ASSET.test(routerPath);
}
