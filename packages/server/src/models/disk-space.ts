import fs from 'node:fs';
import path from 'node:path';
import { diskFullError } from './model-errors';

export type StatFs = (dir: string) => Promise<{ bavail: number; bsize: number }>;

const systemStatFs: StatFs = (dir) => fs.promises.statfs(dir);

/**
 * Refuses up front when the disk cannot hold what is about to be written, instead of failing half-way
 * through a 2 GB download. The folder may not exist yet: the nearest existing parent is asked.
 */
export async function ensureFreeSpace(dir: string, neededBytes: number, statfs: StatFs = systemStatFs): Promise<void> {
  if (neededBytes <= 0) return;
  const stats = await statfs(existingAncestor(dir));
  const free = stats.bavail * stats.bsize;
  if (free < neededBytes) throw diskFullError(neededBytes, free);
}

export function isNoSpace(error: unknown): boolean {
  return error instanceof Error && 'code' in error && (error as NodeJS.ErrnoException).code === 'ENOSPC';
}

function existingAncestor(dir: string): string {
  let current = path.resolve(dir);
  while (!fs.existsSync(current)) {
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  return current;
}
