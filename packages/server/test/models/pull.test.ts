import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { type AppError, formatBytes } from '@furikaeri/core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MANIFEST_FILE, readManifest } from '../../src/models/manifest';
import { ModelManager } from '../../src/models/model-manager';
import { downloadPartPath } from '../../src/models/pull-model';
import { buildFakePackage, FAKE_FILES, type FakePackage, fakeEntry, sha256, tempModelsDir } from './model-fixtures';
import { type ModelServer, startModelServer } from './model-server';

let pkg: FakePackage;
let other: FakePackage;
let server: ModelServer;
let modelsDir: string;

beforeAll(async () => {
  pkg = buildFakePackage();
  // Same layout, other bytes: what a tampered or corrupted release would look like.
  other = buildFakePackage(1024);
  server = await startModelServer({
    [path.basename(pkg.archive)]: pkg.archiveBytes,
    'tampered.tar.bz2': other.archiveBytes,
  });
});
afterAll(async () => {
  await server.close();
  pkg.cleanup();
  other.cleanup();
});
beforeEach(() => {
  modelsDir = tempModelsDir();
  server.ranges.length = 0;
  server.ignoreRanges(false);
});
afterEach(() => fs.rmSync(modelsDir, { recursive: true, force: true }));

function manager(entryUrl = server.url(path.basename(pkg.archive)), pins = {}) {
  return new ModelManager({ modelsDir, registry: [fakeEntry(pkg, entryUrl, pins)] });
}

async function failure(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    return error as AppError;
  }
  throw new Error('expected a failure');
}

describe('pulling a model from a local release server', () => {
  it('downloads, checks the pinned SHA-256, installs only the needed files, and the locator finds them', async () => {
    const models = manager();
    const progress: number[] = [];
    const manifest = await models.pull('test-zipformer', {
      onProgress: (p) => {
        if (p.phase === 'download') progress.push(p.bytes);
      },
    });
    expect(manifest.trust).toBe('archive');
    expect(manifest.source.sha256).toBe(pkg.sha256);
    expect(progress.at(-1)).toBe(pkg.archiveBytes.byteLength);

    const found = models.locator.find('test-zipformer');
    expect(found).toMatchObject({ id: 'test-zipformer', kind: 'asr', family: 'transducer', languages: ['ja'] });
    for (const [role, name] of [
      ['encoder', 'encoder.int8.onnx'],
      ['decoder', 'decoder.onnx'],
      ['joiner', 'joiner.int8.onnx'],
      ['tokens', 'tokens.txt'],
    ] as const) {
      const file = found?.files[role] ?? '';
      expect(fs.readFileSync(file).equals(pkg.files[name] ?? Buffer.alloc(0))).toBe(true);
    }
    // The fp32 copy and the test wavs stayed out; the manifest records each file's hash.
    expect(fs.readdirSync(path.join(modelsDir, 'test-zipformer')).sort()).toEqual(
      [...FAKE_FILES, MANIFEST_FILE].sort(),
    );
    const recorded = readManifest(path.join(modelsDir, 'test-zipformer'))?.files.find((f) => f.role === 'encoder');
    expect(recorded?.sha256).toBe(sha256(pkg.files['encoder.int8.onnx'] ?? Buffer.alloc(0)));
    expect(fs.existsSync(downloadPartPath(modelsDir, models.entry('test-zipformer')))).toBe(false);
    expect(models.list().models[0]).toMatchObject({ status: 'installed', installedTrust: 'archive' });
  });

  it('resumes an interrupted download from the .part file with a Range request', async () => {
    const models = manager();
    const cut = 100_000;
    server.dropAfter(cut, 1);
    await models.pull('test-zipformer');
    expect(server.ranges).toEqual([null, `bytes=${cut}-`]);
    expect(models.locator.find('test-zipformer')).not.toBeNull();
  });

  it('resumes across pulls: a cancelled pull keeps its .part and the next one continues from it', async () => {
    const models = manager();
    const controller = new AbortController();
    const error = await failure(
      models.pull('test-zipformer', {
        signal: controller.signal,
        onProgress: (p) => {
          if (p.phase === 'download' && p.bytes > 300_000) controller.abort();
        },
      }),
    );
    expect(error.code).toBe('cancelled');
    const part = downloadPartPath(modelsDir, models.entry('test-zipformer'));
    const kept = fs.statSync(part).size;
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(pkg.archiveBytes.byteLength);
    await models.pull('test-zipformer');
    expect(server.ranges.at(-1)).toBe(`bytes=${kept}-`);
    expect(models.locator.find('test-zipformer')).not.toBeNull();
  });

  it('starts over when the server answers a Range request with the whole file (200)', async () => {
    const models = manager();
    const part = downloadPartPath(modelsDir, models.entry('test-zipformer'));
    fs.mkdirSync(path.dirname(part), { recursive: true });
    fs.writeFileSync(part, pkg.archiveBytes.subarray(0, 5000));
    server.ignoreRanges(true);
    await models.pull('test-zipformer');
    expect(server.ranges).toEqual(['bytes=5000-']);
    expect(models.locator.find('test-zipformer')).not.toBeNull();
  });

  it('rejects a download whose checksum is wrong, removes the .part and installs nothing', async () => {
    const models = manager(server.url('tampered.tar.bz2'), { size: null });
    const error = await failure(models.pull('test-zipformer'));
    expect(error.code).toBe('integrity');
    expect(error.userMessage.ja).toContain('チェックサムが一致しません');
    expect(error.userMessage.en).toContain('checksum');
    expect(fs.existsSync(downloadPartPath(modelsDir, models.entry('test-zipformer')))).toBe(false);
    expect(fs.existsSync(path.join(modelsDir, 'test-zipformer'))).toBe(false);
    expect(models.locator.find('test-zipformer')).toBeNull();
  });

  it('reports a full disk up front from statfs, with the size needed', async () => {
    const models = manager(undefined, { size: 5 * 1024 ** 5 });
    const error = await failure(models.pull('test-zipformer'));
    expect(error.code).toBe('unavailable');
    expect(error.details).toMatchObject({ reason: 'disk_full' });
    expect(error.userMessage.ja).toContain('ディスクの空きが足りません');
    expect(error.userMessage.en).toMatch(/Disk full: 5\.0 PB|Disk full: [\d.]+ (TB|PB)/);
    expect(server.ranges).toEqual([]);
  });

  it('reports ENOSPC while writing as a full disk and installs nothing', async () => {
    let written = 0;
    const models = new ModelManager({
      modelsDir,
      registry: [fakeEntry(pkg, server.url(path.basename(pkg.archive)))],
      createWriteStream: () =>
        new Writable({
          write(chunk: Buffer, _encoding, callback) {
            written += chunk.byteLength;
            if (written > 50_000) {
              callback(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }));
            } else callback();
          },
        }),
    });
    const error = await failure(models.pull('test-zipformer'));
    expect(error.code).toBe('unavailable');
    expect(error.details).toMatchObject({ reason: 'disk_full' });
    expect(error.userMessage.en).toContain(`Disk full: ${formatBytes(pkg.archiveBytes.byteLength)} is needed`);
    expect(models.locator.find('test-zipformer')).toBeNull();
  });

  it('refuses an unpinned download without consent, and records the computed hash with it', async () => {
    const models = manager(undefined, { archive: false, files: false });
    const refused = await failure(models.pull('test-zipformer'));
    expect(refused.code).toBe('validation');
    expect(refused.userMessage.en).toContain('--trust-unpinned');
    expect(server.ranges).toEqual([]);

    const manifest = await models.pull('test-zipformer', { trustUnpinned: true });
    expect(manifest.trust).toBe('none');
    expect(manifest.source.sha256).toBe(pkg.sha256);
    expect(models.list().models[0]).toMatchObject({ pinning: 'none', status: 'installed', installedTrust: 'none' });
  });

  it('checks each file against its pin when only the files are pinned', async () => {
    const models = manager(undefined, { archive: false, files: true });
    const manifest = await models.pull('test-zipformer');
    expect(manifest.trust).toBe('files');
  });
});
