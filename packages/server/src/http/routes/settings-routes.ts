import { Hono } from 'hono';
import type { AppContext } from '../../app-context';
import { jsonBody } from '../json-body';

/** What is stored, and how long audio is kept. Changing the policy applies it at once. */
export function settingsRoutes(context: () => AppContext): Hono {
  return new Hono()
    .get('/storage', (c) => c.json(context().storage.report()))
    .get('/settings/retention', (c) => c.json(context().retention.policy()))
    .put('/settings/retention', async (c) => {
      const { retention } = context();
      const policy = retention.setPolicy(await jsonBody(c));
      await retention.sweep();
      return c.json(policy);
    });
}
