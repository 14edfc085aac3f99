import fs from 'node:fs';
import path from 'node:path';
import type { AppError } from '@furikaeri/core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readManifest, writeManifest } from '../../src/models/manifest';
import { ModelManager } from '../../src/models/model-manager';
import { buildFakePackage, FAKE_ROOT, type FakePackage, fakeEntry, tempModelsDir } from './model-fixtures';

// No network at all here: a registry URL that would fail if anything tried it.
const NOWHERE = 'https://github.com/k2-fsa/sherpa-onnx/releases/download/asr-models/never-fetched.tar.bz2';

let pkg: FakePackage;
let modelsDir: string;

beforeAll(() => {
  pkg = buildFakePackage(64 * 1024);
});
afterAll(() => pkg.cleanup());
beforeEach(() => {
  modelsDir = tempModelsDir();
});
afterEach(() => fs.rmSync(modelsDir, { recursive: true, force: true }));

function manager(pins: { archive?: boolean; files?: boolean } = {}) {
  const fetchNever = (() => Promise.reject(new Error('no network in import tests'))) as typeof fetch;
  return new ModelManager({ modelsDir, registry: [fakeEntry(pkg, NOWHERE, pins)], fetch: fetchNever });
}

async function failure(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    return error as AppError;
  }
  throw new Error('expected a failure');
}

describe('importing a model the user already has (offline)', () => {
  it('recognises a renamed archive by its pinned hash and installs it', async () => {
    const renamed = path.join(pkg.dir, 'download (1).tar.bz2');
    fs.copyFileSync(pkg.archive, renamed);
    const manifest = await manager().import(renamed);
    expect(manifest).toMatchObject({ id: 'test-zipformer', trust: 'archive', source: { type: 'import' } });
    expect(fs.existsSync(renamed)).toBe(true);
    expect(manager().locator.find('test-zipformer')?.files.joiner).toBe(
      path.join(modelsDir, 'test-zipformer', 'joiner.int8.onnx'),
    );
  });

  it('rejects an archive that carries the published name but not the published hash', async () => {
    const other = buildFakePackage(1024);
    try {
      const error = await failure(manager().import(other.archive));
      expect(error.code).toBe('integrity');
      expect(fs.existsSync(path.join(modelsDir, 'test-zipformer'))).toBe(false);
    } finally {
      other.cleanup();
    }
  });

  it('recognises an unpinned archive by its layout, checks each pinned file, and refuses without pins or consent', async () => {
    const renamed = path.join(pkg.dir, 'model.tar.bz2');
    fs.copyFileSync(pkg.archive, renamed);
    expect((await manager({ archive: false, files: true }).import(renamed)).trust).toBe('files');
    fs.rmSync(path.join(modelsDir, 'test-zipformer'), { recursive: true });

    const unpinned = manager({ archive: false, files: false });
    const refused = await failure(unpinned.import(renamed));
    expect(refused.userMessage.ja).toContain('--trust-unpinned');
    const manifest = await unpinned.import(renamed, { trustUnpinned: true });
    expect(manifest).toMatchObject({ trust: 'none', source: { sha256: pkg.sha256 } });
  });

  it('imports an extracted folder (or its parent), checking the files against their pins', async () => {
    const models = manager({ archive: true, files: true });
    expect((await models.import(pkg.dir)).trust).toBe('files');
    expect((await models.import(path.join(pkg.dir, FAKE_ROOT))).trust).toBe('files');
    expect(models.list().models[0]?.status).toBe('installed');
  });

  it('rejects a folder whose file differs from its pin, and names a folder it cannot place', async () => {
    const copy = fs.mkdtempSync(path.join(pkg.dir, 'copy-'));
    fs.cpSync(path.join(pkg.dir, FAKE_ROOT), copy, { recursive: true });
    fs.appendFileSync(path.join(copy, 'tokens.txt'), 'う 3\n');
    const error = await failure(manager({ files: true }).import(copy));
    expect(error.code).toBe('integrity');
    expect(fs.existsSync(path.join(modelsDir, 'test-zipformer'))).toBe(false);

    const empty = fs.mkdtempSync(path.join(pkg.dir, 'empty-'));
    expect((await failure(manager().import(empty))).userMessage.en).toContain('--as');
    expect((await failure(manager().import(empty, { as: 'test-zipformer' }))).userMessage.en).toContain('tokens.txt');
    expect((await failure(manager().import(empty, { as: 'nope' }))).code).toBe('not_found');
  });
});

describe('a full disk during import', () => {
  it('is reported up front with the size needed, before anything is copied', async () => {
    const models = new ModelManager({
      modelsDir,
      registry: [fakeEntry(pkg, NOWHERE)],
      statfs: async () => ({ bavail: 2, bsize: 4096 }),
    });
    const error = await failure(models.import(pkg.archive));
    expect(error.details).toMatchObject({ reason: 'disk_full', freeBytes: 8192 });
    expect(error.userMessage.ja).toContain('ディスクの空きが足りません');
    expect(fs.readdirSync(modelsDir)).toEqual([]);
  });
});

describe('integrity of installed models', () => {
  it('the locator checks sizes on every lookup; verify re-hashes and blocks a changed model', async () => {
    const models = manager();
    await models.import(pkg.archive);
    const encoder = path.join(modelsDir, 'test-zipformer', 'encoder.int8.onnx');

    expect((await models.verify('test-zipformer')).ok).toBe(true);

    // Same size, different bytes: only the full hash notices.
    const bytes = fs.readFileSync(encoder);
    bytes[100] = (bytes[100] ?? 0) ^ 0xff;
    fs.writeFileSync(encoder, bytes);
    expect(models.locator.find('test-zipformer')).not.toBeNull();
    const report = await models.verify('test-zipformer');
    expect(report.ok).toBe(false);
    expect(report.files.find((file) => !file.ok)?.path).toBe(encoder);
    expect(report.message.ja).toContain('使えないようにしました');
    expect(models.locator.find('test-zipformer')).toBeNull();
    expect(models.list().models[0]?.status).toBe('damaged');

    // A truncated file is caught by the cheap size check alone.
    await models.import(pkg.archive);
    fs.truncateSync(encoder, 10);
    expect(models.locator.find('test-zipformer')).toBeNull();
  });

  it('refuses a manifest written for another model family', async () => {
    const models = manager();
    await models.import(pkg.archive);
    const dir = path.join(modelsDir, 'test-zipformer');
    const manifest = readManifest(dir);
    if (!manifest) throw new Error('no manifest');
    writeManifest(dir, { ...manifest, family: 'whisper' });
    expect(models.locator.find('test-zipformer')).toBeNull();
  });

  it('removes a model and its partial download', async () => {
    const models = manager();
    await models.import(pkg.archive);
    models.remove('test-zipformer');
    expect(fs.existsSync(path.join(modelsDir, 'test-zipformer'))).toBe(false);
    expect(models.list().models[0]?.status).toBe('missing');
    expect(() => models.remove('test-zipformer')).toThrow(/not installed/);
  });
});
