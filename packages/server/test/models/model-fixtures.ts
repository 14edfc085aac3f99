import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { RegistryEntry } from '../../src/models/registry-types';

/**
 * A small generated model package, built with the system `tar -cjf` exactly like sherpa-onnx's: a root
 * folder with an encoder, decoder, joiner and tokens file (random bytes, so bzip2 cannot shrink them away).
 */
export interface FakePackage {
  dir: string;
  archive: string;
  archiveBytes: Buffer;
  sha256: string;
  files: Record<string, Buffer>;
  cleanup(): void;
}

export const FAKE_ROOT = 'sherpa-onnx-zipformer-test-2026-01-01';
export const FAKE_FILES = ['encoder.int8.onnx', 'decoder.onnx', 'joiner.int8.onnx', 'tokens.txt'] as const;

export function buildFakePackage(sizeBytes = 256 * 1024): FakePackage {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'furikaeri-model-pkg-'));
  const root = path.join(dir, FAKE_ROOT);
  fs.mkdirSync(path.join(root, 'test_wavs'), { recursive: true });
  const files: Record<string, Buffer> = {};
  for (const name of FAKE_FILES) {
    files[name] = name === 'tokens.txt' ? Buffer.from('<blk> 0\nあ 1\nい 2\n') : randomBytes(sizeBytes);
    fs.writeFileSync(path.join(root, name), files[name]);
  }
  // Packages also carry files a model does not need; they must not be installed.
  fs.writeFileSync(path.join(root, 'encoder.onnx'), randomBytes(sizeBytes));
  fs.writeFileSync(path.join(root, 'test_wavs', '0.wav'), randomBytes(1024));
  const archive = path.join(dir, `${FAKE_ROOT}.tar.bz2`);
  execFileSync('tar', ['-cjf', archive, '-C', dir, FAKE_ROOT]);
  const archiveBytes = fs.readFileSync(archive);
  return {
    dir,
    archive,
    archiveBytes,
    sha256: sha256(archiveBytes),
    files,
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A registry entry for the fake package, downloaded from `url` (a local test server). */
export function fakeEntry(
  pkg: FakePackage,
  url: string,
  pins: { archive?: boolean; files?: boolean; size?: number | null } = {},
): RegistryEntry {
  const archivePinned = pins.archive ?? true;
  const filePinned = pins.files ?? false;
  const pinOf = (name: string) => {
    const bytes = pkg.files[name] ?? Buffer.alloc(0);
    return filePinned ? { size: bytes.byteLength, sha256: sha256(bytes) } : { size: null, sha256: null };
  };
  return {
    id: 'test-zipformer',
    kind: 'asr',
    family: 'transducer',
    title: { ja: 'テスト用モデル', en: 'Test model' },
    description: { ja: 'テスト', en: 'Test' },
    languages: ['ja'],
    license: 'CC0',
    licenseUrl: 'https://example.invalid/license',
    url,
    archive: {
      format: 'tar.bz2',
      fileName: `${FAKE_ROOT}.tar.bz2`,
      root: FAKE_ROOT,
      size: pins.size === undefined ? pkg.archiveBytes.byteLength : pins.size,
      sha256: archivePinned ? pkg.sha256 : null,
    },
    alternates: [],
    files: [
      { role: 'encoder', name: 'encoder.int8.onnx', ...pinOf('encoder.int8.onnx') },
      { role: 'decoder', name: 'decoder.onnx', ...pinOf('decoder.onnx') },
      { role: 'joiner', name: 'joiner.int8.onnx', ...pinOf('joiner.int8.onnx') },
      { role: 'tokens', name: 'tokens.txt', ...pinOf('tokens.txt') },
    ],
    recommended: false,
    bundled: null,
  };
}

export function tempModelsDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'furikaeri-models-'));
}
