import fs from 'node:fs';
import path from 'node:path';
import { type BundledResolver, resolveBundled } from './bundled';
import type { InstalledModel, ModelFileRole, ModelLocator } from './installed-model';
import { type ModelManifest, readManifest } from './manifest';
import { findRegistryEntry, MODEL_REGISTRY } from './registry';
import type { RegistryEntry } from './registry-types';

export interface LocatorOptions {
  modelsDir: string;
  registry?: readonly RegistryEntry[];
  bundled?: BundledResolver;
}

/**
 * Finds installed models for the engines. The check is cheap enough for every use: the manifest must name
 * the model, agree with the registry, not be marked damaged, and every file must exist with its recorded
 * size. Full hashes are checked at install and by `furikaeri models verify`.
 */
export class FileModelLocator implements ModelLocator {
  private readonly registry: readonly RegistryEntry[];
  private readonly bundled: BundledResolver;

  constructor(private readonly options: LocatorOptions) {
    this.registry = options.registry ?? MODEL_REGISTRY;
    this.bundled = options.bundled ?? resolveBundled;
  }

  find(id: string): InstalledModel | null {
    const entry = findRegistryEntry(id, this.registry);
    if (!entry) return null;
    return this.fromModelsDir(entry) ?? this.fromBundle(entry);
  }

  /** The installed copy's manifest, if it passes the cheap check. */
  installedManifest(entry: RegistryEntry): ModelManifest | null {
    const dir = path.join(this.options.modelsDir, entry.id);
    const manifest = readManifest(dir);
    if (!manifest || manifest.id !== entry.id || manifest.family !== entry.family || manifest.damaged) return null;
    const intact = entry.files.every((file) => {
      const recorded = manifest.files.find((candidate) => candidate.role === file.role);
      return recorded !== undefined && sizeOf(path.join(dir, recorded.name)) === recorded.size;
    });
    return intact ? manifest : null;
  }

  bundledPath(entry: RegistryEntry): string | null {
    return entry.bundled ? this.bundled(entry.bundled) : null;
  }

  private fromModelsDir(entry: RegistryEntry): InstalledModel | null {
    const manifest = this.installedManifest(entry);
    if (!manifest) return null;
    const dir = path.join(this.options.modelsDir, entry.id);
    const files: Partial<Record<ModelFileRole, string>> = {};
    for (const file of manifest.files) files[file.role] = path.join(dir, file.name);
    return { id: entry.id, kind: entry.kind, family: entry.family, languages: entry.languages, dir, files };
  }

  private fromBundle(entry: RegistryEntry): InstalledModel | null {
    const file = this.bundledPath(entry);
    if (!file) return null;
    return {
      id: entry.id,
      kind: entry.kind,
      family: entry.family,
      languages: entry.languages,
      dir: path.dirname(file),
      files: { model: file },
    };
  }
}

export function createModelLocator(modelsDir: string): ModelLocator {
  return new FileModelLocator({ modelsDir });
}

function sizeOf(file: string): number | null {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  return stat?.isFile() ? stat.size : null;
}
