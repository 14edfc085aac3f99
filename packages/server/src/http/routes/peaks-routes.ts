import { Hono } from 'hono';
import type { AppContext } from '../../app-context';
import { parseBuckets } from '../../services/peak-buckets';

/** Waveform peaks of a recording: from the encrypted database, or computed from its stored PCM. */
export function peaksRoutes(context: () => AppContext): Hono {
  return new Hono().get('/recordings/:id/peaks', async (c) => {
    const buckets = parseBuckets(c.req.query('buckets'));
    return c.json(await context().peaks.peaks(c.req.param('id'), buckets, c.req.raw.signal));
  });
}
