import { Hono } from 'hono';
import type { AppContext } from '../../app-context';
import { requestTranscription } from '../../speech/transcription-requests';
import { jsonBody } from '../json-body';

/** Transcribing again, voice enrolment ("this is me"), and the speech settings the transcription uses. */
export function speechRoutes(context: () => AppContext): Hono {
  return new Hono()
    .post('/recordings/:id/transcribe', (c) => {
      const { repos, worker } = context();
      return c.json(requestTranscription(repos, worker, c.req.param('id')), 202);
    })
    .get('/voiceprint', (c) => c.json(context().voiceprint.summary()))
    .post('/voiceprint', async (c) => c.json(await context().voiceprint.enroll(await jsonBody(c), c.req.raw.signal)))
    .delete('/voiceprint', (c) => c.json(context().voiceprint.remove()))
    .get('/settings/speech', (c) => c.json(context().speechSettings.get()))
    .put('/settings/speech', async (c) => c.json(context().speechSettings.update(await jsonBody(c))));
}
