import fs from 'node:fs';
import path from 'node:path';
import { AppError, type ModelFileCheck, type ModelVerifyReport } from '@furikaeri/core';
import type { FileModelLocator } from './locator';
import { readManifest, writeManifest } from './manifest';
import type { RegistryEntry } from './registry-types';
import { sha256File } from './sha256';

/**
 * Re-hashes every file of an installed model against its manifest. A changed file marks the model damaged
 * (the locator then refuses it until it is pulled or imported again); a clean pass clears that mark.
 */
export async function verifyModel(
  modelsDir: string,
  entry: RegistryEntry,
  locator: FileModelLocator,
  now: () => Date = () => new Date(),
): Promise<ModelVerifyReport> {
  const dir = path.join(modelsDir, entry.id);
  const manifest = readManifest(dir);
  if (!manifest) return verifyBundled(entry, locator);
  const files: ModelFileCheck[] = [];
  for (const file of manifest.files) {
    const full = path.join(dir, file.name);
    const actual = fs.existsSync(full) ? await sha256File(full) : null;
    files.push({ path: full, expectedSha256: file.sha256, actualSha256: actual, ok: actual === file.sha256 });
  }
  const bad = files.filter((file) => !file.ok).map((file) => path.basename(file.path));
  writeManifest(dir, { ...manifest, damaged: bad.length > 0 ? { at: now().toISOString(), files: bad } : null });
  return report(entry.id, files);
}

async function verifyBundled(entry: RegistryEntry, locator: FileModelLocator): Promise<ModelVerifyReport> {
  const file = locator.bundledPath(entry);
  const expected = entry.bundled?.sha256;
  if (!file || !expected) {
    throw new AppError('not_found', {
      ja: `「${entry.id}」はインストールされていません。`,
      en: `"${entry.id}" is not installed.`,
    });
  }
  const actual = await sha256File(file);
  return report(entry.id, [{ path: file, expectedSha256: expected, actualSha256: actual, ok: actual === expected }]);
}

function report(modelId: string, files: ModelFileCheck[]): ModelVerifyReport {
  const ok = files.every((file) => file.ok);
  return {
    modelId,
    ok,
    files,
    message: ok
      ? { ja: `「${modelId}」のファイルはすべて記録どおりです。`, en: `Every file of "${modelId}" matches its record.` }
      : {
          ja: `「${modelId}」のファイルが変わっています。使えないようにしました。pull か import でもう一度入れてください。`,
          en: `Files of "${modelId}" have changed. It is blocked from use; pull or import it again.`,
        },
  };
}
