import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ModelPinning } from '@furikaeri/core';
import { type ManifestFile, type ModelManifest, writeManifest } from './manifest';
import type { RegistryEntry } from './registry-types';
import { sha256File } from './sha256';
import { verifyPin } from './verify-pin';

/**
 * Installs a model through a staging folder inside the models folder: files are gathered, hashed, checked
 * and described by a manifest there, and only then renamed into place in one step. A crash or a rejected
 * file leaves nothing that looks installed.
 */

export interface Staging {
  /** Where the model's files are gathered; becomes `<modelsDir>/<id>`. */
  modelDir: string;
  /** Scratch space (e.g. for extracting an archive), removed with the staging folder. */
  scratchDir: string;
  root: string;
}

export function createStaging(modelsDir: string, id: string): Staging {
  const root = path.join(modelsDir, '.staging', `${id}-${randomBytes(6).toString('hex')}`);
  const staging = { root, modelDir: path.join(root, 'model'), scratchDir: path.join(root, 'scratch') };
  fs.mkdirSync(staging.modelDir, { recursive: true });
  fs.mkdirSync(staging.scratchDir, { recursive: true });
  return staging;
}

export function removeStaging(staging: Staging): void {
  fs.rmSync(staging.root, { recursive: true, force: true });
}

export interface CommitInput {
  modelsDir: string;
  entry: RegistryEntry;
  staging: Staging;
  trust: ModelPinning;
  /** Check each file against its published pin (when the archive itself was not authenticated by a pin). */
  checkFilePins: boolean;
  source: ModelManifest['source'];
  onBytes?: (bytes: number, total: number) => void;
  now?: () => Date;
}

export async function commitStaging(input: CommitInput): Promise<ModelManifest> {
  const { entry, staging } = input;
  const files: ManifestFile[] = [];
  const total = entry.files.reduce((sum, file) => sum + fileSize(path.join(staging.modelDir, file.name)), 0);
  let done = 0;
  for (const file of entry.files) {
    const target = path.join(staging.modelDir, file.name);
    const stat = fs.lstatSync(target);
    // A link in an archive could point anywhere: only plain files are installed.
    if (!stat.isFile()) throw new Error(`${file.name} is not a regular file`);
    const sha256 = await sha256File(target, (bytes) => input.onBytes?.(done + bytes, total));
    done += stat.size;
    if (input.checkFilePins) verifyPin(file.name, file, { size: stat.size, sha256 });
    files.push({ role: file.role, name: file.name, size: stat.size, sha256 });
  }
  const manifest: ModelManifest = {
    format: 1,
    id: entry.id,
    kind: entry.kind,
    family: entry.family,
    languages: entry.languages,
    installedAt: (input.now ?? (() => new Date()))().toISOString(),
    trust: input.trust,
    source: input.source,
    files,
    damaged: null,
  };
  writeManifest(staging.modelDir, manifest);
  swapIntoPlace(input.modelsDir, entry.id, staging);
  return manifest;
}

/** The old copy (if any) is moved aside first, so the new one appears with a single rename. */
function swapIntoPlace(modelsDir: string, id: string, staging: Staging): void {
  const target = path.join(modelsDir, id);
  const previous = path.join(staging.root, 'previous');
  if (fs.existsSync(target)) fs.renameSync(target, previous);
  fs.renameSync(staging.modelDir, target);
  fs.rmSync(previous, { recursive: true, force: true });
}

function fileSize(file: string): number {
  return fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0;
}
