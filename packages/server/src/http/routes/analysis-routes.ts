import { Hono } from 'hono';
import type { AppContext } from '../../app-context';
import { jsonBody } from '../json-body';

/** The review of an event (JSON for the UI, Markdown to download) and the norms it is measured against. */
export function analysisRoutes(context: () => AppContext): Hono {
  const analysis = () => context().analysis;
  return (
    new Hono()
      .get('/events/:id/analysis', async (c) => c.json(await analysis().current(c.req.param('id'))))
      .post('/events/:id/analysis', async (c) => c.json(await analysis().analyseEvent(c.req.param('id')), 201))
      .get('/events/:id/analysis.md', async (c) => {
        const { fileName, text } = await analysis().markdown(
          c.req.param('id'),
          c.req.query('lang') === 'en' ? 'en' : 'ja',
        );
        return c.body(text, 200, {
          'Content-Type': 'text/markdown; charset=utf-8',
          'Content-Disposition': `attachment; filename="${fileName}"`,
          'Cache-Control': 'no-store',
        });
      })
      // POST, not a link: the export is made on an explicit request with the names to hide, never prefetched.
      .post('/events/:id/advisor-export', async (c) =>
        c.json(await context().advisorExport.export(c.req.param('id'), await jsonBody(c))),
      )
      .get('/settings/analysis-norms', (c) => c.json(analysis().norms()))
      .put('/settings/analysis-norms', async (c) => c.json(analysis().setNorms(await jsonBody(c))))
      .get('/settings/analysis-budget', (c) => c.json(analysis().timeBudget()))
      .put('/settings/analysis-budget', async (c) => c.json(analysis().setTimeBudget(await jsonBody(c))))
  );
}
