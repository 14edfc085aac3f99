import type { ModelPullPhase } from '@furikaeri/core';
import type { BundledResolver } from './bundled';
import type { StatFs } from './disk-space';
import type { WriteStreamFactory } from './download';
import type { RegistryEntry } from './registry-types';

/**
 * What the model manager works with. Everything beyond `modelsDir` is for tests: the registry (URLs of a
 * local test server), fetch, and the file system boundary (a full disk). Users cannot redirect downloads.
 */
export interface ModelManagerDeps {
  modelsDir: string;
  registry?: readonly RegistryEntry[];
  fetch?: typeof fetch;
  createWriteStream?: WriteStreamFactory;
  statfs?: StatFs;
  bundled?: BundledResolver;
  now?: () => Date;
}

export interface ModelProgress {
  phase: ModelPullPhase;
  bytes: number;
  total: number | null;
}

export interface ModelTaskOptions {
  /** Consent to install a model whose download has no published checksum. */
  trustUnpinned?: boolean;
  signal?: AbortSignal;
  onProgress?: (progress: ModelProgress) => void;
}
