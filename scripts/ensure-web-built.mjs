// Builds the web UI when its bundle is missing or older than its sources, so `npm start` after a fresh
// `npm install` or a `git pull` always serves the current UI without a separate step to remember.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundle = path.join(root, 'packages/web/dist/index.html');
const sources = ['packages/web/src', 'packages/web/index.html', 'packages/web/vite.config.ts', 'packages/core/src'];

function newestMtime(target) {
  const stat = fs.statSync(target, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(target).map((entry) => newestMtime(path.join(target, entry))));
}

const builtAt = fs.statSync(bundle, { throwIfNoEntry: false })?.mtimeMs ?? 0;
const changedAt = Math.max(...sources.map((source) => newestMtime(path.join(root, source))));
if (builtAt >= changedAt) process.exit(0);

console.error(builtAt === 0 ? 'Building the UI (first start)…' : 'UI sources changed: rebuilding…');
const result = spawnSync('npm', ['run', 'build', '--silent', '-w', '@furikaeri/web'], {
  cwd: root,
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
process.exit(result.status ?? 1);
