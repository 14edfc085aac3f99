import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The built UI the server serves; the browser tests need `npm run build` first. */
export const WEB_DIST_INDEX = fileURLToPath(new URL('../../packages/web/dist/index.html', import.meta.url));

export function webBuilt(): boolean {
  return fs.existsSync(WEB_DIST_INDEX);
}
