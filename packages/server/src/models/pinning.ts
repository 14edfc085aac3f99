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

/** Sum of the pinned file sizes; where unknown, the archive size is the best lower bound there is. */
export function extractedEstimate(entry: RegistryEntry): number {
  if (entry.archive.format === 'onnx') return 0;
  const known = entry.files.every((file) => file.size !== null);
  return known ? entry.files.reduce((sum, file) => sum + (file.size ?? 0), 0) : (entry.archive.size ?? 0);
}
