import fs from 'node:fs';
import path from 'node:path';
import { ensureFreeSpace } from './disk-space';
import { downloadFile } from './download';
import { installArchive } from './install-archive';
import type { ModelManagerDeps, ModelTaskOptions } from './manager-deps';
import type { ModelManifest } from './manifest';
import { unpinnedError } from './model-errors';
import { allFilesPinned, extractedEstimate, pinningOf } from './pinning';
import type { RegistryEntry } from './registry-types';

/**
 * Downloads a model from its registry URL (the only network access furikaeri makes, and only when asked),
 * checks it, and installs it. An interrupted pull leaves `<modelsDir>/.downloads/<file>.part` behind, from
 * which the next pull resumes.
 */
export async function pullModel(
  deps: ModelManagerDeps,
  entry: RegistryEntry,
  options: ModelTaskOptions = {},
): Promise<ModelManifest> {
  const pinning = pinningOf(entry);
  if (pinning === 'none' && !options.trustUnpinned) throw unpinnedError(entry.id);
  const partFile = downloadPartPath(deps.modelsDir, entry);
  const already = fs.statSync(partFile, { throwIfNoEntry: false })?.size ?? 0;
  // Room for the rest of the download plus the extracted files, checked before the first byte.
  if (entry.archive.size !== null) {
    await ensureFreeSpace(deps.modelsDir, entry.archive.size - already + extractedEstimate(entry), deps.statfs);
  }
  const downloaded = await downloadFile({
    url: entry.url,
    partFile,
    expected: entry.archive,
    label: entry.archive.fileName,
    fetch: deps.fetch,
    signal: options.signal,
    createWriteStream: deps.createWriteStream,
    statfs: deps.statfs,
    onProgress: (bytes, total) => options.onProgress?.({ phase: 'download', bytes, total }),
  });
  const manifest = await installArchive(deps, {
    entry,
    archiveFile: partFile,
    format: entry.archive.format,
    members: entry.archive.root ? entry.files.map((file) => `${entry.archive.root}/${file.name}`) : [],
    trust: pinning,
    checkFilePins: pinning !== 'archive' && allFilesPinned(entry),
    source: { type: 'download', location: entry.url, ...downloaded },
    move: true,
    signal: options.signal,
    onProgress: options.onProgress,
  });
  fs.rmSync(partFile, { force: true });
  return manifest;
}

export function downloadPartPath(modelsDir: string, entry: RegistryEntry): string {
  return path.join(modelsDir, '.downloads', `${entry.archive.fileName}.part`);
}
