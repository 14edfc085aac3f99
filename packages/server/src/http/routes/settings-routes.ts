import { readRememberedLabel } from '@furikaeri/core';
import { Hono } from 'hono';
import type { AppContext } from '../../app-context';
import { jsonBody } from '../json-body';

/**
 * What is stored, and how long audio is kept (changing the policy applies it at once); the names the user
 * goes by in transcripts.
 */
export function settingsRoutes(context: () => AppContext): Hono {
  return (
    new Hono()
      .get('/storage', (c) => c.json(context().storage.report()))
      .get('/settings/retention', (c) => c.json(context().retention.policy()))
      .put('/settings/retention', async (c) => {
        const { retention } = context();
        const policy = retention.setPolicy(await jsonBody(c));
        await retention.sweep();
        return c.json(policy);
      })
      .get('/settings/own-names', (c) => c.json({ names: context().ownNames.names() }))
      .put('/settings/own-names', async (c) => c.json(context().ownNames.replace(await jsonBody(c))))
      // One name added on the server: the page reading the list and writing it back could undo a settings edit.
      .post('/settings/own-names/remembered', async (c) =>
        c.json(context().ownNames.remember(readRememberedLabel(await jsonBody(c)))),
      )
  );
}
