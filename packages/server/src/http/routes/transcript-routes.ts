import { Hono } from 'hono';
import type { AppContext } from '../../app-context';
import { jsonBody } from '../json-body';

/** Reading and correcting the current transcript of an event, undo, notes per question, and search. */
export function transcriptRoutes(context: () => AppContext): Hono {
  return new Hono()
    .get('/events/:id/transcript', (c) => c.json(context().transcripts.view(c.req.param('id'))))
    .get('/events/:id/transcript/export', (c) => {
      const file = context().transcripts.export(c.req.param('id'), c.req.query('format'));
      return c.body(file.body, 200, {
        'content-type': file.contentType,
        'content-disposition': `attachment; filename="${file.fileName}"`,
        'cache-control': 'no-store',
      });
    })
    .post('/transcripts/:id/edits', async (c) =>
      c.json(context().transcripts.edit(c.req.param('id'), await jsonBody(c))),
    )
    .post('/transcripts/:id/undo', (c) => c.json(context().transcripts.undo(c.req.param('id'))))
    .put('/events/:id/question-notes/:segmentId', async (c) =>
      c.json(context().transcripts.saveQuestionNote(c.req.param('id'), c.req.param('segmentId'), await jsonBody(c))),
    )
    .get('/search', (c) => c.json(context().search.find(c.req.query('q') ?? '')));
}
