import type { ModelPinning } from '@furikaeri/core';
import type { RegistryEntry } from './registry-types';

/** How much of a registry entry's download is pinned (see ModelPinning). */
export function pinningOf(entry: RegistryEntry): ModelPinning {
  if (entry.archive.sha256 !== null) return 'archive';
  return allFilesPinned(entry) ? 'files' : 'none';
}

export function allFilesPinned(entry: RegistryEntry): boolean {
  return entry.files.every((file) => file.sha256 !== null);
}
