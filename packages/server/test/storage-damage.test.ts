import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type HttpTestApp, openHttpTestApp } from './support/http-app';
import { TEST_PASSPHRASE } from './support/temp-context';

interface ErrorBody {
  code: string;
  message: { ja: string; en: string };
}

let http: HttpTestApp;
let dataDir: string;

beforeEach(async () => {
  http = await openHttpTestApp();
  dataDir = http.ctx.dataDir;
});
afterEach(async () => {
  await http.cleanup();
});

async function lock(): Promise<void> {
  expect((await http.call('/api/vault/lock', { method: 'POST' })).status).toBe(200);
}

const unlock = () => http.call('/api/vault/unlock', { method: 'POST', json: { passphrase: TEST_PASSPHRASE } });

async function errorOf(response: Response): Promise<ErrorBody & { status: number }> {
  return { status: response.status, ...((await response.json()) as ErrorBody) };
}

describe('a broken vault.json is explained, in both languages, with what to do', () => {
  const breakages: [string, (text: string) => string][] = [
    ['cut short', (text) => text.slice(0, Math.floor(text.length / 2))],
    ['overwritten with zeros', (text) => '\0'.repeat(text.length)],
    ['emptied to {}', () => '{}'],
    ['missing its key wraps', (text) => JSON.stringify({ ...JSON.parse(text), passphraseWrap: undefined })],
  ];
  for (const [name, breakIt] of breakages) {
    it(`${name}: status, unlock and setup answer 422 saying restore vault.json from a backup`, async () => {
      await lock();
      const file = path.join(dataDir, 'vault.json');
      const original = fs.readFileSync(file, 'utf8');
      fs.writeFileSync(file, breakIt(original));
      for (const response of [
        await http.call('/api/vault'),
        await unlock(),
        await http.call('/api/vault/setup', { method: 'POST', json: { passphrase: '新しいパスフレーズ 2026 冬' } }),
      ]) {
        const error = await errorOf(response);
        expect(error).toMatchObject({ status: 422, code: 'integrity' });
        expect(error.message.ja).toContain('vault.json');
        expect(error.message.ja).toContain('バックアップ');
        expect(error.message.ja).toContain('回復キー');
        expect(error.message.en).toContain('Restore vault.json from a backup');
      }
      // Setting up anew would have made the old library unreadable for good: the file is left as it was.
      expect(fs.readFileSync(file, 'utf8')).toBe(breakIt(original));
      fs.writeFileSync(file, original);
      expect((await unlock()).status).toBe(200);
    });
  }
});

describe('a damaged database page is explained, not a 500', () => {
  function damage(offset: number, length: number): void {
    const file = path.join(dataDir, 'furikaeri.db');
    const handle = fs.openSync(file, 'r+');
    fs.writeSync(handle, Buffer.alloc(length, 0x5a), 0, length, offset);
    fs.closeSync(handle);
  }

  it('the first page: unlocking says the database is damaged and to restore it from a backup', async () => {
    await lock();
    damage(200, 100);
    const error = await errorOf(await unlock());
    expect(error).toMatchObject({ status: 422, code: 'integrity' });
    expect(error.message.ja).toContain('furikaeri.db');
    expect(error.message.ja).toContain('バックアップから');
    expect(error.message.en).toContain('restore furikaeri.db from a backup');
  });

  it('a page in the middle: whatever reads it gets the same explanation', async () => {
    for (let i = 0; i < 300; i += 1) {
      http.ctx.library.createCompany({ name: `株式会社サンプル${i}`, notes: '会社のメモ'.repeat(40) });
    }
    // The middle one of the companies table's pages (not the file's middle byte, which moves to another
    // table's pages whenever a migration adds one).
    const db = http.ctx.db;
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    const pages = (
      db.prepare("SELECT pageno FROM dbstat WHERE name = 'companies' ORDER BY pageno").all() as Array<{
        pageno: number;
      }>
    ).map((row) => row.pageno);
    const middle = pages[Math.floor(pages.length / 2)] ?? 0;
    expect(middle).toBeGreaterThan(1);
    await lock();
    damage((middle - 1) * pageSize, 4096);
    const responses = [await unlock(), await http.call('/api/companies'), await http.call('/api/search?q=メモ')];
    const statuses = responses.map((response) => response.status);
    expect(statuses).not.toContain(500);
    const failed = responses.filter((response) => response.status === 422);
    expect(failed.length).toBeGreaterThan(0);
    for (const response of failed) expect((await errorOf(response)).message.ja).toContain('壊れていて読めません');
  });
});
