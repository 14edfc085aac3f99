import { Hono } from 'hono';
import type { AppContext } from '../../app-context';
import { jsonBody } from '../json-body';

/** Voice enrolment ("this is me") and the speech settings the transcription uses. */
export function voiceRoutes(context: () => AppContext): Hono {
  return new Hono()
    .get('/voiceprint', (c) => c.json(context().voiceprint.summary()))
    .post('/voiceprint', async (c) => c.json(await context().voiceprint.enroll(await jsonBody(c), c.req.raw.signal)))
    .delete('/voiceprint', (c) => c.json(context().voiceprint.remove()))
    .get('/settings/speech', (c) => c.json(context().speechSettings.get()))
    .put('/settings/speech', async (c) => c.json(context().speechSettings.update(await jsonBody(c))));
}
