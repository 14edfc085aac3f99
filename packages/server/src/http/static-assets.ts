import fs from 'node:fs/promises';
import path from 'node:path';
import type { MiddlewareHandler } from 'hono';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

const NOT_BUILT = `<!doctype html><meta charset="utf-8"><title>furikaeri</title>
<p>画面がまだビルドされていません。<code>npm run build</code> を実行してから開き直してください。</p>
<p>The UI is not built yet. Run <code>npm run build</code>, then reload.</p>`;

/** Serves the built UI (every asset bundled: no CDN). Paths are resolved inside `root` only. */
export function staticAssets(root: string): MiddlewareHandler {
  const resolvedRoot = path.resolve(root);
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    // The router's decoded path: the one the security check judged (see path-spelling.ts).
    const pathname = c.req.path;
    const relative = pathname === '/' ? 'index.html' : pathname.slice(1);
    const file = path.resolve(resolvedRoot, relative);
    if (!file.startsWith(resolvedRoot + path.sep)) return next();
    const served =
      (await readIfFile(file)) ??
      (path.extname(relative) === '' ? await readIfFile(path.join(resolvedRoot, 'index.html')) : null);
    if (!served) {
      if (pathname === '/') return c.html(NOT_BUILT, 503);
      return next();
    }
    const type = CONTENT_TYPES[path.extname(served.file)] ?? 'application/octet-stream';
    // Hashed asset names never change content; index.html must always be fresh.
    const cache = served.file.includes(`${path.sep}assets${path.sep}`)
      ? 'public, max-age=31536000, immutable'
      : 'no-store';
    return c.body(served.bytes, 200, { 'Content-Type': type, 'Cache-Control': cache });
  };
}

async function readIfFile(file: string): Promise<{ file: string; bytes: Uint8Array<ArrayBuffer> } | null> {
  try {
    const bytes = await fs.readFile(file);
    return { file, bytes: new Uint8Array(bytes) };
  } catch {
    return null;
  }
}
