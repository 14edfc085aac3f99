import { Hono } from 'hono';
import type { AppContext } from '../../app-context';
import { jsonBody } from '../json-body';

/** Companies, applications and events. Handlers stay one line: the service does the work. */
export function libraryRoutes(context: () => AppContext): Hono {
  const library = () => context().library;
  return (
    new Hono()
      .get('/companies', (c) => c.json(library().listCompanies()))
      .post('/companies', async (c) => c.json(library().createCompany(await jsonBody(c)), 201))
      .get('/companies/:id', (c) => c.json(library().getCompany(c.req.param('id'))))
      .patch('/companies/:id', async (c) => c.json(library().updateCompany(c.req.param('id'), await jsonBody(c))))
      // What a deletion takes, for the page's confirmation (counts only: nothing is changed).
      .get('/companies/:id/deletion', (c) => c.json(library().companyDeletion(c.req.param('id'))))
      .delete('/companies/:id', async (c) => {
        await library().deleteCompany(c.req.param('id'));
        return c.body(null, 204);
      })
      .get('/applications', (c) => c.json(library().listApplications()))
      .post('/applications', async (c) => c.json(library().createApplication(await jsonBody(c)), 201))
      .patch('/applications/:id', async (c) =>
        c.json(library().updateApplication(c.req.param('id'), await jsonBody(c))),
      )
      .get('/applications/:id/deletion', (c) => c.json(library().applicationDeletion(c.req.param('id'))))
      .delete('/applications/:id', async (c) => {
        await library().deleteApplication(c.req.param('id'));
        return c.body(null, 204);
      })
      .get('/events', (c) => c.json(library().listEvents({ companyId: c.req.query('companyId') || undefined })))
      .post('/events', async (c) => c.json(library().createEvent(await jsonBody(c)), 201))
      .get('/events/:id', (c) => c.json(library().getEvent(c.req.param('id'))))
      .patch('/events/:id', async (c) => c.json(library().updateEvent(c.req.param('id'), await jsonBody(c))))
      .delete('/events/:id', async (c) => {
        await library().deleteEvent(c.req.param('id'));
        return c.body(null, 204);
      })
  );
}
