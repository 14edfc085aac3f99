import { Hono } from 'hono';
import type { AppContext } from '../../app-context';
import { parseBuckets, WaveformPeaksService } from '../../services/waveform-peaks-service';

/** Waveform peaks of a recording, computed from its stored PCM on request (nothing is cached). */
export function peaksRoutes(context: () => AppContext): Hono {
  return new Hono().get('/recordings/:id/peaks', async (c) => {
    const ctx = context();
    const service = new WaveformPeaksService(ctx.repos.recordings, ctx.store);
    const buckets = parseBuckets(c.req.query('buckets'));
    return c.json(await service.peaks(c.req.param('id'), buckets, c.req.raw.signal));
  });
}
