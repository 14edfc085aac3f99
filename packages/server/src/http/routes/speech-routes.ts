import { Hono } from 'hono';
import type { AppContext } from '../../app-context';
import { createModelLocator } from '../../models/locator';
import { resolveModelsDir } from '../../models/models-dir';
import { SpeechRegionsService } from '../../speech/speech-regions-service';
import { requestTranscription } from '../../speech/transcription-requests';
import { jsonBody } from '../json-body';

/** Transcribing again, voice enrolment ("this is me"), and the speech settings the transcription uses. */
export function speechRoutes(context: () => AppContext): Hono {
  // One per unlocked library (the context changes on unlock), so its cache never outlives the key.
  let regions: { context: AppContext; service: SpeechRegionsService } | null = null;
  const speechRegions = () => {
    const current = context();
    if (regions?.context !== current) {
      const models = createModelLocator(resolveModelsDir(current.dataDir));
      regions = { context: current, service: new SpeechRegionsService(current.repos, current.store, models) };
    }
    return regions.service;
  };
  return (
    new Hono()
      // Where people speak, for the review of a recording without a transcript (silero VAD, no model needed).
      .get('/recordings/:id/speech-regions', async (c) =>
        c.json(await speechRegions().regions(c.req.param('id'), c.req.raw.signal)),
      )
      .post('/recordings/:id/transcribe', (c) => {
        const { repos, worker } = context();
        return c.json(requestTranscription(repos, worker, c.req.param('id')), 202);
      })
      .get('/voiceprint', (c) => c.json(context().voiceprint.summary()))
      .post('/voiceprint', async (c) => c.json(await context().voiceprint.enroll(await jsonBody(c), c.req.raw.signal)))
      .delete('/voiceprint', (c) => c.json(context().voiceprint.remove()))
      .get('/settings/speech', (c) => c.json(context().speechSettings.get()))
      .put('/settings/speech', async (c) => c.json(context().speechSettings.update(await jsonBody(c))))
  );
}
