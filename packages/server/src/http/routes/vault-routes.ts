import { FieldReader } from '@furikaeri/core';
import { Hono } from 'hono';
import type { LibrarySession } from '../../vault/library-session';
import { jsonBody } from '../json-body';

function passphraseFields(input: unknown, ...names: string[]): string[] {
  const fields = new FieldReader(input);
  const values = names.map((name) => fields.text(name, { required: true, max: 1_000 }));
  fields.done();
  return values;
}

/** Setting up, unlocking, locking and recovering the encrypted library. */
export function vaultRoutes(session: LibrarySession): Hono {
  return new Hono()
    .get('/vault', (c) => c.json(session.status()))
    .post('/vault/setup', async (c) => {
      const [passphrase = ''] = passphraseFields(await jsonBody(c), 'passphrase');
      return c.json(await session.setup(passphrase), 201);
    })
    .post('/vault/unlock', async (c) => {
      const [passphrase = ''] = passphraseFields(await jsonBody(c), 'passphrase');
      await session.unlock(passphrase);
      return c.json(session.status());
    })
    .post('/vault/recover', async (c) => {
      const [recoveryKey = '', passphrase = ''] = passphraseFields(await jsonBody(c), 'recoveryKey', 'passphrase');
      await session.recover(recoveryKey, passphrase);
      return c.json(session.status());
    })
    .post('/vault/lock', async (c) => {
      await session.lock();
      return c.json(session.status());
    })
    .post('/vault/passphrase', async (c) => {
      const [current = '', next = ''] = passphraseFields(await jsonBody(c), 'current', 'next');
      await session.vault.changePassphrase(current, next);
      return c.body(null, 204);
    })
    .post('/vault/destroy', async (c) => {
      const [passphrase = ''] = passphraseFields(await jsonBody(c), 'passphrase');
      await session.destroyEverything(passphrase);
      return c.json(session.status());
    })
    .put('/vault/settings', async (c) => {
      const fields = new FieldReader(await jsonBody(c));
      const minutes = Number(fields.raw('autoLockMinutes'));
      if (!Number.isInteger(minutes) || minutes < 0 || minutes > 24 * 60) {
        fields.fail('autoLockMinutes', { ja: '0〜1440 分で指定してください', en: 'Must be 0–1440 minutes' });
      }
      fields.done();
      session.vault.updateSettings({ autoLockMinutes: minutes });
      return c.json(session.status());
    });
}
