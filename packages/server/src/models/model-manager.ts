import fs from 'node:fs';
import path from 'node:path';
import { AppError, type ModelsReport, type ModelVerifyReport, type ModelView } from '@furikaeri/core';
import { type ImportOptions, importModel } from './import-model';
import { FileModelLocator } from './locator';
import type { ModelManagerDeps, ModelTaskOptions } from './manager-deps';
import { type ModelManifest, readManifest } from './manifest';
import { unknownModelError } from './model-errors';
import { pinningOf } from './pinning';
import { downloadPartPath, pullModel } from './pull-model';
import { findRegistryEntry, MODEL_REGISTRY } from './registry';
import type { RegistryEntry } from './registry-types';
import { verifyModel } from './verify-model';

/** list | pull | import | remove | verify: what the CLI and the settings page both call. */
export class ModelManager {
  readonly modelsDir: string;
  readonly registry: readonly RegistryEntry[];
  readonly locator: FileModelLocator;

  constructor(private readonly deps: ModelManagerDeps) {
    this.modelsDir = deps.modelsDir;
    this.registry = deps.registry ?? MODEL_REGISTRY;
    this.locator = new FileModelLocator({ modelsDir: deps.modelsDir, registry: this.registry, bundled: deps.bundled });
  }

  list(): ModelsReport {
    return { modelsDir: this.modelsDir, models: this.registry.map((entry) => this.view(entry)) };
  }

  view(entry: RegistryEntry): ModelView {
    const manifest = readManifest(path.join(this.modelsDir, entry.id));
    const intact = this.locator.installedManifest(entry);
    const status = intact
      ? 'installed'
      : manifest
        ? 'damaged'
        : this.locator.bundledPath(entry)
          ? 'bundled'
          : 'missing';
    return {
      id: entry.id,
      kind: entry.kind,
      family: entry.family,
      title: entry.title,
      description: entry.description,
      languages: entry.languages,
      license: entry.license,
      licenseUrl: entry.licenseUrl,
      url: entry.url,
      downloadBytes: entry.archive.size,
      pinning: pinningOf(entry),
      recommended: entry.recommended,
      status,
      installedBytes: manifest ? manifest.files.reduce((sum, file) => sum + file.size, 0) : null,
      installedAt: manifest?.installedAt ?? null,
      installedTrust: manifest?.trust ?? null,
      pull: null,
    };
  }

  entry(id: string): RegistryEntry {
    const entry = findRegistryEntry(id, this.registry);
    if (!entry) throw unknownModelError(id);
    return entry;
  }

  pull(id: string, options: ModelTaskOptions = {}): Promise<ModelManifest> {
    return pullModel(this.deps, this.entry(id), options);
  }

  import(input: string, options: ImportOptions = {}): Promise<ModelManifest> {
    return importModel({ ...this.deps, registry: this.registry }, input, options);
  }

  verify(id: string): Promise<ModelVerifyReport> {
    return verifyModel(this.modelsDir, this.entry(id), this.locator, this.deps.now);
  }

  /** Deletes the installed copy and any partial download; the bundled copy (inside npm) is not ours to delete. */
  remove(id: string): void {
    const entry = this.entry(id);
    const dir = path.join(this.modelsDir, entry.id);
    const part = downloadPartPath(this.modelsDir, entry);
    if (!fs.existsSync(dir) && !fs.existsSync(part)) {
      throw new AppError('not_found', {
        ja: `「${entry.id}」はインストールされていません。`,
        en: `"${entry.id}" is not installed.`,
      });
    }
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(part, { force: true });
  }
}
