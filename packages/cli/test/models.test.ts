import fs from 'node:fs';
import path from 'node:path';
import type { ModelsReport } from '@furikaeri/core';
import { ModelManager } from '@furikaeri/server';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildFakePackage, type FakePackage, fakeEntry, tempModelsDir } from '../../server/test/models/model-fixtures';
import { type ModelServer, startModelServer } from '../../server/test/models/model-server';
import { main } from '../src/main';

let pkg: FakePackage;
let server: ModelServer;
let modelsDir: string;

beforeAll(async () => {
  pkg = buildFakePackage();
  server = await startModelServer({ [path.basename(pkg.archive)]: pkg.archiveBytes });
});
afterAll(async () => {
  await server.close();
  pkg.cleanup();
});
beforeEach(() => {
  modelsDir = tempModelsDir();
  vi.stubEnv('FURIKAERI_LANG', 'ja');
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  fs.rmSync(modelsDir, { recursive: true, force: true });
});

/** Runs `furikaeri models …` in-process with a manager aimed at the local release server. */
async function furikaeri(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => stdout.push(String(chunk)) > 0);
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => stderr.push(String(chunk)) > 0);
  const registry = [
    fakeEntry(pkg, server.url(path.basename(pkg.archive))),
    { ...fakeEntry(pkg, server.url(path.basename(pkg.archive)), { archive: false }), id: 'test-unpinned' },
  ];
  try {
    const code = await main(['models', ...args], { models: () => new ModelManager({ modelsDir, registry }) });
    return { code, stdout: stdout.join(''), stderr: stderr.join('') };
  } finally {
    vi.restoreAllMocks();
  }
}

describe('furikaeri models', () => {
  it('lists, pulls with a progress bar, verifies and removes a model without asking for a passphrase', async () => {
    const before = await furikaeri('list');
    expect(before.code).toBe(0);
    expect(before.stdout).toContain(`モデルの保存先: ${modelsDir}`);
    expect(before.stdout).toMatch(/· test-zipformer +1\.0 MB +ja +CC0 +\(未インストール\)/);
    expect(before.stdout).toContain('チェックサム未公開');

    const pulled = await furikaeri('pull', 'test-zipformer');
    expect(pulled.code).toBe(0);
    expect(pulled.stderr).toContain(`取得元: ${server.url(path.basename(pkg.archive))}`);
    expect(pulled.stderr).toMatch(/ダウンロード \[#+\] 100%/);
    expect(pulled.stdout).toContain('✓ test-zipformer: インストールしました — 公開チェックサムと一致');
    expect(pulled.stdout).toContain(`SHA-256 ${pkg.sha256}`);

    const listed = JSON.parse((await furikaeri('list', '--json')).stdout) as ModelsReport;
    expect(listed.models[0]).toMatchObject({ id: 'test-zipformer', status: 'installed' });

    const verified = await furikaeri('verify', 'test-zipformer');
    expect(verified.code).toBe(0);
    expect(verified.stdout).toContain('記録どおりです');
    fs.appendFileSync(path.join(modelsDir, 'test-zipformer', 'tokens.txt'), 'x');
    expect((await furikaeri('verify', 'test-zipformer')).code).toBe(3);

    expect((await furikaeri('remove', 'test-zipformer')).stdout).toContain('削除しました');
    expect((await furikaeri('remove', 'test-zipformer')).code).toBe(1);
  });

  it('imports an archive offline, and needs --trust-unpinned for an unpinned model', async () => {
    const imported = await furikaeri('import', pkg.archive);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('✓ test-zipformer');

    const refused = await furikaeri('pull', 'test-unpinned');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--trust-unpinned');
    const trusted = await furikaeri('pull', 'test-unpinned', '--trust-unpinned');
    expect(trusted.code).toBe(0);
    expect(trusted.stdout).toContain('計算値を記録しました');
  });

  it('explains usage and unknown models in words', async () => {
    expect((await furikaeri('frobnicate')).code).toBe(2);
    const unknown = await furikaeri('pull', 'no-such-model');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('「no-such-model」というモデルはありません');
  });
});
