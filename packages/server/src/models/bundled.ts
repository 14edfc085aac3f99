import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { BundledCopy } from './registry-types';

export type BundledResolver = (copy: BundledCopy) => string | null;

const require = createRequire(import.meta.url);

/**
 * The absolute path of a model file shipped inside an npm package, if the package is installed and the file
 * has the size recorded in the registry (a cheap check; `furikaeri models verify` hashes it).
 */
export const resolveBundled: BundledResolver = (copy) => {
  let packageJson: string;
  try {
    packageJson = require.resolve(`${copy.packageName}/package.json`);
  } catch {
    return null;
  }
  const file = path.join(path.dirname(packageJson), copy.path);
  const size = fs.statSync(file, { throwIfNoEntry: false })?.size;
  return size !== undefined && (copy.size === null || size === copy.size) ? file : null;
};
