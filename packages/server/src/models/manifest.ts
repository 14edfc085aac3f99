import fs from 'node:fs';
import path from 'node:path';
import type { ModelPinning } from '@furikaeri/core';
import type { ModelFamily, ModelFileRole, ModelKind } from './installed-model';

/** Written into every installed model's folder: what was installed, from where, and each file's hash. */
export const MANIFEST_FILE = 'furikaeri-model.json';

export interface ManifestFile {
  role: ModelFileRole;
  /** File name inside the model's folder. */
  name: string;
  size: number;
  sha256: string;
}

export interface ModelManifest {
  format: 1;
  id: string;
  kind: ModelKind;
  family: ModelFamily;
  languages: string[];
  installedAt: string;
  /** How the bytes were checked before install: against a pinned archive, pinned files, or not at all. */
  trust: ModelPinning;
  source: {
    type: 'download' | 'import';
    /** The URL downloaded from, or the path imported from. */
    location: string;
    /**
     * The archive's (or single file's) size and computed SHA-256, recorded even where nothing was pinned;
     * null for a folder import, whose files are hashed one by one below.
     */
    size: number | null;
    sha256: string | null;
  };
  files: ManifestFile[];
  /** Set when a full verification found a file changed; the locator then refuses the model. */
  damaged: { at: string; files: string[] } | null;
}

export function readManifest(dir: string): ModelManifest | null {
  let text: string;
  try {
    text = fs.readFileSync(path.join(dir, MANIFEST_FILE), 'utf8');
  } catch {
    return null;
  }
  try {
    const value = JSON.parse(text) as ModelManifest;
    return value.format === 1 && Array.isArray(value.files) ? value : null;
  } catch {
    return null;
  }
}

/** Written to a temporary name and renamed, so a crash never leaves half a manifest. */
export function writeManifest(dir: string, manifest: ModelManifest): void {
  const target = path.join(dir, MANIFEST_FILE);
  const temporary = `${target}.tmp`;
  fs.writeFileSync(temporary, `${JSON.stringify(manifest, null, 2)}\n`);
  fs.renameSync(temporary, target);
}
