import fs from 'node:fs';
import path from 'node:path';
import { AppError, type ModelPinning } from '@furikaeri/core';
import { ensureFreeSpace } from './disk-space';
import { identifyArchive, identifyDirectory, isTarball } from './identify';
import { commitStaging, createStaging, removeStaging } from './install';
import { installArchive } from './install-archive';
import type { ModelManagerDeps, ModelTaskOptions } from './manager-deps';
import type { ModelManifest } from './manifest';
import { checksumMismatchError, notRecognisedError, unpinnedError } from './model-errors';
import { allFilesPinned } from './pinning';
import { findRegistryEntry, MODEL_REGISTRY } from './registry';
import type { RegistryEntry } from './registry-types';
import { sha256File } from './sha256';
import { listArchive } from './system-tar';

export interface ImportOptions extends ModelTaskOptions {
  /** The registry id, when the file or folder is not recognised by itself. */
  as?: string;
}

/**
 * Installs a model from an archive or folder the user already has (offline): recognised, checked against
 * whatever is pinned, copied into the models folder. The user's own file is never moved or changed.
 */
export async function importModel(
  deps: ModelManagerDeps,
  input: string,
  options: ImportOptions = {},
): Promise<ModelManifest> {
  const stat = fs.statSync(input, { throwIfNoEntry: false });
  if (!stat) {
    throw new AppError('not_found', { ja: `見つかりません: ${input}`, en: `No such file or folder: ${input}` });
  }
  return stat.isDirectory() ? importDirectory(deps, input, options) : importFile(deps, input, stat.size, options);
}

async function importFile(deps: ModelManagerDeps, file: string, size: number, options: ImportOptions) {
  const registry = deps.registry ?? MODEL_REGISTRY;
  const sha256 = await sha256File(
    file,
    (bytes) => options.onProgress?.({ phase: 'verify', bytes, total: size }),
    options.signal,
  );
  const listing = async () => (isTarball(file) ? listArchive(file, options.signal) : undefined);
  const match =
    identifyArchive({ file, sha256, registry, as: options.as }) ??
    identifyArchive({ file, sha256, registry, as: options.as, listing: await listing() }) ??
    singleFileAs(options.as, registry, file);
  if (!match) throw notRecognisedError(file);
  const { entry, packaging } = match;
  // The published package with a published hash, but other bytes: damaged, or not what it claims to be.
  if (packaging?.sha256 && !match.hashMatched)
    throw checksumMismatchError(path.basename(file), packaging.sha256, sha256);
  const trust = trustFor(entry, match.hashMatched, options.trustUnpinned);
  await ensureFreeSpace(deps.modelsDir, size, deps.statfs);
  return installArchive(deps, {
    entry,
    archiveFile: file,
    format: packaging?.format ?? (isTarball(file) ? 'tar.bz2' : 'onnx'),
    members: match.members,
    trust,
    checkFilePins: trust === 'files',
    source: { type: 'import', location: path.resolve(file), size, sha256 },
    move: false,
    signal: options.signal,
    onProgress: options.onProgress,
  });
}

async function importDirectory(deps: ModelManagerDeps, dir: string, options: ImportOptions) {
  const { entry, paths } = identifyDirectory(dir, deps.registry ?? MODEL_REGISTRY, options.as);
  const trust = trustFor(entry, false, options.trustUnpinned);
  await ensureFreeSpace(
    deps.modelsDir,
    paths.reduce((sum, file) => sum + fs.statSync(file).size, 0),
    deps.statfs,
  );
  const staging = createStaging(deps.modelsDir, entry.id);
  try {
    entry.files.forEach((file, index) => {
      fs.copyFileSync(paths[index] ?? '', path.join(staging.modelDir, file.name));
    });
    return await commitStaging({
      modelsDir: deps.modelsDir,
      entry,
      staging,
      trust,
      checkFilePins: trust === 'files',
      source: { type: 'import', location: path.resolve(dir), size: null, sha256: null },
      now: deps.now,
      onBytes: (bytes, total) => options.onProgress?.({ phase: 'install', bytes, total }),
    });
  } finally {
    removeStaging(staging);
  }
}

function trustFor(entry: RegistryEntry, archiveMatched: boolean, consent: boolean | undefined): ModelPinning {
  if (archiveMatched) return 'archive';
  if (allFilesPinned(entry)) return 'files';
  if (!consent) throw unpinnedError(entry.id);
  return 'none';
}

/** A renamed single-file model named with --as: checked against the file's pin like any other. */
function singleFileAs(as: string | undefined, registry: readonly RegistryEntry[], file: string) {
  const entry = as ? findRegistryEntry(as, registry) : undefined;
  if (entry?.archive.format !== 'onnx' || isTarball(file)) return null;
  return { entry, packaging: null, hashMatched: false, members: [] };
}
