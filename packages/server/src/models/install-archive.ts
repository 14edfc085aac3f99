import fs from 'node:fs';
import path from 'node:path';
import type { ModelPinning } from '@furikaeri/core';
import { isNoSpace } from './disk-space';
import { commitStaging, createStaging, removeStaging } from './install';
import type { ModelManagerDeps, ModelTaskOptions } from './manager-deps';
import type { ModelManifest } from './manifest';
import { diskFullError } from './model-errors';
import { extractedEstimate } from './pinning';
import type { RegistryEntry } from './registry-types';
import { extractMembers } from './system-tar';

export interface ArchiveInstall {
  entry: RegistryEntry;
  archiveFile: string;
  format: 'tar.bz2' | 'onnx';
  /** Member paths inside a .tar.bz2, one per registry file in order. */
  members: string[];
  trust: ModelPinning;
  checkFilePins: boolean;
  source: ModelManifest['source'];
  /** Move the archive instead of copying it (a finished download); an imported file stays where it was. */
  move: boolean;
  signal?: AbortSignal;
  onProgress?: ModelTaskOptions['onProgress'];
}

/** Extracts (or places) the model's files into a staging folder and commits it. */
export async function installArchive(deps: ModelManagerDeps, job: ArchiveInstall): Promise<ModelManifest> {
  const staging = createStaging(deps.modelsDir, job.entry.id);
  try {
    if (job.format === 'onnx') {
      const [only] = job.entry.files;
      if (!only) throw new Error(`${job.entry.id} lists no file`);
      const target = path.join(staging.modelDir, only.name);
      if (job.move) fs.renameSync(job.archiveFile, target);
      else fs.copyFileSync(job.archiveFile, target);
    } else {
      job.onProgress?.({ phase: 'extract', bytes: 0, total: null });
      await extractMembers(job.archiveFile, staging.scratchDir, job.members, job.signal);
      job.entry.files.forEach((file, index) => {
        const member = job.members[index] ?? file.name;
        fs.renameSync(path.join(staging.scratchDir, member), path.join(staging.modelDir, file.name));
      });
    }
    return await commitStaging({
      modelsDir: deps.modelsDir,
      entry: job.entry,
      staging,
      trust: job.trust,
      checkFilePins: job.checkFilePins,
      source: job.source,
      now: deps.now,
      onBytes: (bytes, total) => job.onProgress?.({ phase: 'install', bytes, total }),
    });
  } catch (error) {
    if (isNoSpace(error)) throw diskFullError(extractedEstimate(job.entry), null);
    throw error;
  } finally {
    removeStaging(staging);
  }
}
