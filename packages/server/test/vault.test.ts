import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Clock } from '../src/config/clock';
import { normalizeRecoveryKey } from '../src/vault/recovery-key';
import { flipByte } from './support/bytes';
import { TEST_PASSPHRASE, type TempSession, tempSession } from './support/temp-context';

let env: TempSession;
let now = Date.parse('2026-11-24T10:00:00Z');
const clock: Clock = { now: () => new Date(now) };

beforeEach(() => {
  env = tempSession({ clock });
});
afterEach(async () => {
  await env.cleanup();
});

describe('vault and library session', () => {
  it('starts uninitialised, refuses a weak passphrase, and sets up with a one-time recovery key', async () => {
    expect(env.session.state()).toBe('uninitialised');
    expect(() => env.session.require()).toThrow(/locked/i);
    await expect(env.session.setup('short')).rejects.toMatchObject({ code: 'validation' });
    await expect(env.session.setup('password1234')).rejects.toMatchObject({ code: 'validation' });
    const { recoveryKey } = await env.session.setup(TEST_PASSPHRASE);
    expect(recoveryKey).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/);
    expect(env.session.state()).toBe('unlocked');
    // The recovery key is not written anywhere.
    const vaultText = fs.readFileSync(path.join(env.dataDir, 'vault.json'), 'utf8');
    expect(vaultText).not.toContain(recoveryKey);
    expect(vaultText).not.toContain(normalizeRecoveryKey(recoveryKey));
    await expect(env.session.setup(TEST_PASSPHRASE)).rejects.toMatchObject({ code: 'conflict' });
  });

  it('locks (library unreachable) and unlocks only with the right passphrase', async () => {
    await env.session.setup(TEST_PASSPHRASE);
    env.session.require().library.createCompany({ name: '株式会社ロック' });
    await env.session.lock();
    expect(env.session.state()).toBe('locked');
    expect(() => env.session.require()).toThrow();
    await expect(env.session.unlock('違うパスフレーズです')).rejects.toMatchObject({
      code: 'wrong_passphrase',
      userMessage: { ja: 'パスフレーズが違います' },
    });
    expect(env.session.state()).toBe('locked');
    await env.session.unlock(TEST_PASSPHRASE);
    expect(
      env.session
        .require()
        .library.listCompanies()
        .map((company) => company.name),
    ).toEqual(['株式会社ロック']);
  });

  it('auto-locks after the idle time the user set, not before, and activity postpones it', async () => {
    await env.session.setup(TEST_PASSPHRASE);
    env.session.vault.updateSettings({ autoLockMinutes: 10 });
    now += 9 * 60_000;
    expect(await env.session.lockIfIdle()).toBe(false);
    env.session.touch();
    now += 9 * 60_000;
    expect(await env.session.lockIfIdle()).toBe(false);
    now += 2 * 60_000;
    expect(await env.session.lockIfIdle()).toBe(true);
    expect(env.session.state()).toBe('locked');
  });

  it('never auto-locks when set to 0', async () => {
    await env.session.setup(TEST_PASSPHRASE);
    env.session.vault.updateSettings({ autoLockMinutes: 0 });
    now += 24 * 3600_000;
    expect(await env.session.lockIfIdle()).toBe(false);
  });

  it('recovers with the recovery key (typed sloppily) and a new passphrase; the old one stops working', async () => {
    const { recoveryKey } = await env.session.setup(TEST_PASSPHRASE);
    env.session.require().library.createCompany({ name: '回復テスト' });
    await env.session.lock();
    const sloppy = recoveryKey.toLowerCase().replace(/-/g, ' ');
    await expect(
      env.session.recover('AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA', '新しいパスフレーズ 2027'),
    ).rejects.toMatchObject({
      code: 'wrong_passphrase',
    });
    await env.session.recover(sloppy, '新しいパスフレーズ 2027');
    expect(env.session.require().library.listCompanies()).toHaveLength(1);
    await env.session.lock();
    await expect(env.session.unlock(TEST_PASSPHRASE)).rejects.toMatchObject({ code: 'wrong_passphrase' });
    await env.session.unlock('新しいパスフレーズ 2027');
    expect(env.session.state()).toBe('unlocked');
  });

  it('changes the passphrase without touching the data', async () => {
    await env.session.setup(TEST_PASSPHRASE);
    await env.session.vault.changePassphrase(TEST_PASSPHRASE, 'もっと長い新しいパスフレーズ');
    await env.session.lock();
    await env.session.unlock('もっと長い新しいパスフレーズ');
    expect(env.session.state()).toBe('unlocked');
  });

  it('refuses to open a database from another vault, and detects a flipped byte in the database', async () => {
    await env.session.setup(TEST_PASSPHRASE);
    const library = env.session.require().library;
    for (let i = 0; i < 200; i += 1) library.createCompany({ name: `企業${i}`, notes: 'メモ'.repeat(100) });
    await env.session.lock();

    const dbFile = path.join(env.dataDir, 'furikaeri.db');
    const bytes = fs.readFileSync(dbFile);
    const page = 4096;
    expect(bytes.length).toBeGreaterThan(page * 8);
    flipByte(bytes, page * 5 + 200, 0x40);
    fs.writeFileSync(dbFile, bytes);
    await env.session.unlock(TEST_PASSPHRASE);
    expect(() => env.session.require().library.listCompanies()).toThrow();

    const other = tempSession();
    try {
      await other.session.setup(TEST_PASSPHRASE);
      await other.session.lock();
      fs.copyFileSync(path.join(env.dataDir, 'vault.json'), path.join(other.dataDir, 'vault.json'));
      await expect(other.session.unlock(TEST_PASSPHRASE)).rejects.toMatchObject({ code: 'integrity' });
    } finally {
      await other.cleanup();
    }
  });

  it('deletes everything only with the passphrase: key wraps first, then every file', async () => {
    await env.session.setup(TEST_PASSPHRASE);
    const ctx = env.session.require();
    ctx.library.createCompany({ name: '消去テスト' });
    const writer = await ctx.store.createWriter('rec_zzzzzzzzzzzz', 'original');
    await writer.append(Buffer.alloc(1000, 7));
    await writer.commit();
    expect(ctx.storage.report().databaseBytes).toBeGreaterThan(0);

    await expect(env.session.destroyEverything('ちがうパスフレーズです')).rejects.toMatchObject({
      code: 'wrong_passphrase',
    });
    expect(env.session.state()).toBe('unlocked');
    await env.session.destroyEverything(TEST_PASSPHRASE);
    expect(env.session.state()).toBe('uninitialised');
    expect(fs.readdirSync(env.dataDir)).toEqual([]);
  });
});
