import fs from 'node:fs/promises';

/** Bytes an unprivileged process may still write on the file system holding `dir`. */
export async function freeBytes(dir: string): Promise<number> {
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  const stats = await fs.statfs(dir);
  return Number(stats.bavail) * Number(stats.bsize);
}
