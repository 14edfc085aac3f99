import { AppError, FieldReader } from '@furikaeri/core';
import { Hono } from 'hono';
import type { ModelPullTracker } from '../../models/pull-tracker';
import { jsonBody } from '../json-body';

/**
 * Speech models (public files, not personal data): these work whether or not the library is unlocked, and
 * sit behind the same Host/Origin/token checks as every /api route. A pull runs in the background; the
 * settings page polls GET /models for its progress.
 */
export function modelRoutes(tracker: ModelPullTracker): Hono {
  const manager = tracker.manager;
  return new Hono()
    .get('/models', (c) => c.json(tracker.report()))
    .post('/models/import', async (c) => {
      const fields = new FieldReader(await jsonBody(c));
      const input = fields.text('path', { required: true, max: 4_096 });
      const as = fields.text('as', { max: 200 }) || undefined;
      const trustUnpinned = fields.raw('trustUnpinned') === true;
      fields.done();
      const manifest = await manager.import(input, { as, trustUnpinned });
      return c.json(manager.view(manager.entry(manifest.id)), 201);
    })
    .post('/models/:id/pull', async (c) => {
      const fields = new FieldReader(await jsonBody(c));
      const trustUnpinned = fields.raw('trustUnpinned') === true;
      fields.done();
      return c.json(tracker.start(c.req.param('id'), trustUnpinned), 202);
    })
    .delete('/models/:id/pull', (c) => {
      const state = tracker.cancel(c.req.param('id'));
      if (!state) throw new AppError('not_found', { ja: 'ダウンロード中ではありません', en: 'Not being pulled' });
      return c.json(state);
    })
    .post('/models/:id/verify', async (c) => c.json(await manager.verify(c.req.param('id'))))
    .delete('/models/:id', (c) => {
      tracker.remove(c.req.param('id'));
      return c.body(null, 204);
    });
}
